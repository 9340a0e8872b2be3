package io.github.rasd.parsers.text.dates;

import java.time.LocalDate;

/**
 * Easter Sunday by the computus: the Western date (Gregorian computus, the "anonymous Gregorian
 * algorithm" of Meeus) and the Eastern date kept by the Orthodox and Coptic churches (Julian
 * computus, converted to the Gregorian calendar). {@code "عيد الفصح 2019"} (Easter 2019) is
 * 2019-04-21; {@code "عيد الفصح الأرثوذكسي 2019"} is 2019-04-28; {@code "شم النسيم"} (the
 * Egyptian spring feast) the Monday after the Eastern date.
 */
final class Easter {

  private Easter() {}

  /** Western Easter Sunday of {@code year} (Gregorian computus). */
  static LocalDate western(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** Eastern (Orthodox, Coptic) Easter Sunday of {@code year}, as a Gregorian date. */
  static LocalDate eastern(int year) {
    int a = year % 4;
    int b = year % 7;
    int c = year % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    // a Julian date; the Julian calendar runs behind by (century - century / 4 - 2) days
    int century = year / 100;
    return LocalDate.of(year, month, day).plusDays(century - century / 4 - 2);
  }
}
