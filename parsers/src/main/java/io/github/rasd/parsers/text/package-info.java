/**
 * The Arabic text engine: {@link io.github.rasd.parsers.text.ArabicNormalizer} (matching keys
 * and the offset map of a {@link io.github.rasd.parsers.text.TextView}), {@code
 * io.github.rasd.parsers.text.Tokenizer} (tokens with clitic {@code
 * io.github.rasd.parsers.text.Segmentation}s) and {@code SentenceSplitter} (sentences and
 * paragraphs).
 *
 * <p>Offsets of tokens and segmentations are offsets into the normalized text; every {@code
 * io.github.rasd.model.Span} is a span of the caller's original text.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers.text;
