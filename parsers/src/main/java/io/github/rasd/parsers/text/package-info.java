/**
 * The Arabic text engine: {@link io.github.rasd.parsers.text.ArabicNormalizer} (matching keys
 * and the offset map of a {@link io.github.rasd.parsers.text.TextView}), {@link
 * io.github.rasd.parsers.text.Tokenizer} (tokens with clitic {@link
 * io.github.rasd.parsers.text.Segmentation}s) and {@link
 * io.github.rasd.parsers.text.SentenceSplitter} (sentences and paragraphs).
 *
 * <p>Offsets of tokens and segmentations are offsets into the normalized text; every {@link
 * io.github.rasd.model.Span} is a span of the caller's original text.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers.text;
