/**
 * The extractors: persons, claims with provenance, events and force estimates, read from the
 * mention layers of the text engine and the knowledge base. Each extractor is package-private
 * and reads its lexicon files from this package's resources; {@link
 * io.github.rasd.parsers.ArticleParser} runs them in order.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers.extract;
