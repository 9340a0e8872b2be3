package io.github.rasd.parsers.text.dates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Hijri to Gregorian conversion with ICU4J's {@link IslamicCalendar} in its Umm al-Qura variant
 * ({@code ISLAMIC_UMALQURA}): the official calendar of Saudi Arabia and the one Gulf outlets date
 * by; outside its table range ICU falls back to the civil (arithmetic) calendar. Other countries
 * start months on sighting, so a Hijri day can be off by one or two days: a known limit.
 */
final class Hijri {

  private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

  private Hijri() {}

  private static IslamicCalendar calendar() {
    IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE);
    c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    c.clear();
    return c;
  }

  /** The Gregorian date of Hijri {@code year}-{@code month}-{@code day} (month 1..12). */
  static LocalDate toGregorian(int year, int month, int day) {
    IslamicCalendar c = calendar();
    c.set(year, month - 1, day);
    return EPOCH.with(JulianFields.JULIAN_DAY, c.get(Calendar.JULIAN_DAY));
  }

  /** Number of days of a Hijri month. */
  static int monthLength(int year, int month) {
    IslamicCalendar c = calendar();
    c.set(year, month - 1, 1);
    return c.getActualMaximum(Calendar.DAY_OF_MONTH);
  }

  /**
   * The Hijri year whose month {@code month} begins in Gregorian {@code gregorianYear} ("رمضان
   * 2019" is the Ramadan of 1440); the first such year when two qualify.
   */
  static int yearOfMonthIn(int gregorianYear, int month) {
    int guess = (int) Math.round((gregorianYear - 622) * 33.0 / 32.0);
    for (int y = guess - 2; y <= guess + 2; y++) {
      if (toGregorian(y, month, 1).getYear() == gregorianYear) {
        return y;
      }
    }
    return guess;
  }

  /** {@code {year, month}} of the Hijri month that contains {@code date}. */
  static int[] yearMonthOf(LocalDate date) {
    IslamicCalendar c = calendar();
    c.set(Calendar.JULIAN_DAY, (int) date.getLong(JulianFields.JULIAN_DAY));
    return new int[] {c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1};
  }
}
