/**
 * The JSON wire form of the Rasd model: a configured Jackson {@code ObjectMapper} and the JSON
 * Schema of an analysis.
 *
 * @since 0.1.0
 */
package io.github.rasd.json;
