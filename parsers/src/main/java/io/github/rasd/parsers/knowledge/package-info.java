/**
 * Curated knowledge about armed conflict and the fast matcher over it.
 *
 * <p>{@link io.github.rasd.parsers.knowledge.KnowledgeBase} loads the bundled data files (armed
 * groups, places, countries and nationalities, organisations, news outlets, titles) and user
 * files in the same formats; {@link io.github.rasd.parsers.knowledge.Gazetteer} finds every
 * mention of them in tokenized Arabic text, clitics and article included.
 *
 * <p>The entry types are Java records rather than Immutables values: they are read-only tables
 * built by the loaders, never deserialized, and records keep them small and final.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers.knowledge;
