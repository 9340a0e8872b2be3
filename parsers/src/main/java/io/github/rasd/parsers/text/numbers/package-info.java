/**
 * Quantities in Arabic text: digits in every digit system, number words with gender and case,
 * hedges and bounds, vague quantities and the nouns they count. {@link
 * io.github.rasd.parsers.text.numbers.NumberParser} is the entry point; its tables are the
 * commented data files beside this package under {@code src/main/resources}.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers.text.numbers;
