package io.github.rasd.export;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.Optional;

/** English names and ISO 3166-1 numeric codes of countries, from ICU's bundled CLDR data. */
final class Countries {

  private Countries() {}

  /** "Tunisia" for {@code TN}; empty for a code ICU does not know. */
  static Optional<String> englishName(String alpha2) {
    String name = ULocale.getDisplayCountry("und_" + alpha2, ULocale.ENGLISH);
    return name.isEmpty() || name.equalsIgnoreCase(alpha2) ? Optional.empty() : Optional.of(name);
  }

  /** 788 for {@code TN}; empty for a code that has none. */
  static Optional<Integer> numericCode(String alpha2) {
    try {
      int code = Region.getInstance(alpha2).getNumericCode();
      return code > 0 ? Optional.of(code) : Optional.empty();
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
