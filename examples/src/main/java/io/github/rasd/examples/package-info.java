/**
 * Short programs that use Rasd as a library: copy them as a start.
 *
 * @since 0.1.0
 */
package io.github.rasd.examples;
