/**
 * Helpers shared by the packages of {@code rasd-parsers}. Not API: may change without notice.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers.internal;
