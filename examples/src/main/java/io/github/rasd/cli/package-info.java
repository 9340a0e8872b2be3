/**
 * The {@code rasd} command-line tool: {@code extract} (files or a JSON Lines stream),
 * {@code parse numbers|dates} and {@code lookup}.
 *
 * @since 0.1.0
 */
package io.github.rasd.cli;
