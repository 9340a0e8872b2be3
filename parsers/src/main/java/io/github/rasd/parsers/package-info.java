/**
 * Arabic text to Rasd records. {@link io.github.rasd.parsers.ArticleParser} is the one entry
 * point; the sub-packages hold the text engine, the knowledge tables and the extractors.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers;
