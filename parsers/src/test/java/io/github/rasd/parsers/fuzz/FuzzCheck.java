package io.github.rasd.parsers.fuzz;

import java.util.Locale;

/**
 * The assertion of the fuzz targets: a plain check that costs nothing when it holds (AssertJ's
 * fluent assertions allocate on every call and slow a fuzz target several times over).
 */
public final class FuzzCheck {

  private FuzzCheck() {}

  /** Fails with the formatted message when {@code holds} is false. */
  public static void require(boolean holds, String format, Object... args) {
    if (!holds) {
      throw new AssertionError(String.format(Locale.ROOT, format, args));
    }
  }
}
