/**
 * Time expressions in Arabic text: Gregorian months in their Egyptian/Gulf, Levantine and
 * Maghrebi names, Hijri months and years, numeric dates, relative expressions resolved against
 * the publication date, parts of months and years, seasons and decades. {@link
 * io.github.rasd.parsers.text.dates.DateParser} is the entry point; its tables are the commented
 * data files beside this package under {@code src/main/resources}.
 *
 * @since 0.1.0
 */
package io.github.rasd.parsers.text.dates;
