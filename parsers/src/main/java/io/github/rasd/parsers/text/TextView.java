package io.github.rasd.parsers.text;

import io.github.rasd.model.Span;
import java.util.Objects;

/**
 * A text together with its normalized form and the map between their offsets.
 *
 * <p>Every normalized UTF-16 unit comes from a stretch {@code [start, end)} of the original: one
 * unit for most letters, several units sharing one stretch when NFKC expands a character (the
 * ligature {@code ﻻ} "lam-alef" gives {@code لا}, two units mapped to the same one original unit),
 * and a stretch longer than one unit when dropped marks follow (the {@code "بَـ"} of an original
 * with fatha and tatweel maps its single normalized {@code ب} to all three units). Invisible
 * controls that were dropped belong to no normalized unit. Spans built from normalized offsets
 * therefore always cover whole original characters and {@code originalSpan(s, e).text()} equals
 * {@code original().substring(originalStart(s), originalEnd(e))}.
 *
 * <p>Build views with {@link ArabicNormalizer#view(String)}. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class TextView {

  private final String original;
  private final String normalized;
  private final int[] starts;
  /**
   * For each normalized unit, where its original stretch ends; null when each unit ends where the
   * next one starts (no control dropped between two units, no character folded into several) and
   * the last one at {@link #lastEnd}: the common case, which keeps one array instead of two.
   */
  private final int[] ends;
  private final int lastEnd;

  TextView(String original, String normalized, int[] starts, int[] ends) {
    this(original, normalized, starts, ends, 0);
  }

  /** The same; {@code ends} null for units that end where the next starts, the last at {@code lastEnd}. */
  TextView(String original, String normalized, int[] starts, int[] ends, int lastEnd) {
    this.original = Objects.requireNonNull(original, "original");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    // the arrays may be longer than the text (the normalizer's buffers, not copied): the normalized
    // length bounds every read
    if (starts.length < normalized.length() || ends != null && ends.length < normalized.length()) {
      throw new IllegalArgumentException("offset map shorter than the normalized text");
    }
    this.starts = starts;
    this.ends = ends;
    this.lastEnd = lastEnd;
  }

  /** Where the original stretch of normalized unit {@code i} ends. */
  private int end(int i) {
    if (ends != null) {
      return ends[i];
    }
    return i + 1 < normalized.length() ? starts[i + 1] : lastEnd;
  }

  /**
   * Shortcut for {@code ArabicNormalizer.standard().view(original)}.
   *
   * @param original the caller's text
   * @return its view under the standard normalizer
   */
  public static TextView of(String original) {
    return ArabicNormalizer.standard().view(original);
  }

  /**
   * The text the caller passed in.
   *
   * @return the original text
   */
  public String original() {
    return original;
  }

  /**
   * The normalized text (see {@link ArabicNormalizer} for the rules).
   *
   * @return the normalized text
   */
  public String normalized() {
    return normalized;
  }

  /**
   * Length of the normalized text.
   *
   * @return {@code normalized().length()}
   */
  public int length() {
    return normalized.length();
  }

  /**
   * Original offset where the normalized unit at {@code normalizedIndex} begins.
   *
   * @param normalizedIndex from 0 to {@code normalized().length()} inclusive; the length maps to
   *     {@code original().length()}
   * @return an offset into {@link #original()}
   * @throws IndexOutOfBoundsException when the index is outside that range
   */
  public int originalStart(int normalizedIndex) {
    Objects.checkIndex(normalizedIndex, normalized.length() + 1);
    return normalizedIndex == normalized.length() ? original.length() : starts[normalizedIndex];
  }

  /**
   * Original offset where the normalized text ending (exclusively) at {@code normalizedEnd} ends:
   * the end of the original stretch of the unit at {@code normalizedEnd - 1}, including the marks
   * dropped after it.
   *
   * @param normalizedEnd from 0 to {@code normalized().length()} inclusive; 0 maps to 0
   * @return an offset into {@link #original()}
   * @throws IndexOutOfBoundsException when the index is outside that range
   */
  public int originalEnd(int normalizedEnd) {
    Objects.checkIndex(normalizedEnd, normalized.length() + 1);
    return normalizedEnd == 0 ? 0 : end(normalizedEnd - 1);
  }

  /**
   * The span of the original text covering the normalized range {@code [normalizedStart,
   * normalizedEnd)}. An empty range gives an empty span at {@code originalStart(normalizedStart)}.
   *
   * @param normalizedStart inclusive normalized offset
   * @param normalizedEnd exclusive normalized offset, at least {@code normalizedStart}
   * @return the original span; its text is {@code original().substring(start, end)}
   * @throws IndexOutOfBoundsException when the range is not inside the normalized text
   */
  public Span originalSpan(int normalizedStart, int normalizedEnd) {
    Objects.checkFromToIndex(normalizedStart, normalizedEnd, normalized.length());
    int start = originalStart(normalizedStart);
    int end = normalizedEnd == normalizedStart ? start : originalEnd(normalizedEnd);
    return Span.of(original, start, end);
  }

  /**
   * The first normalized unit whose original stretch ends after {@code originalOffset}: the
   * normalized position of the character at that original offset (or of the next kept character
   * when it was dropped). Useful to map a caller's original offset into the normalized text.
   *
   * @param originalOffset from 0 to {@code original().length()} inclusive
   * @return a normalized offset from 0 to {@code normalized().length()} inclusive
   * @throws IndexOutOfBoundsException when the offset is outside that range
   */
  public int normalizedIndex(int originalOffset) {
    Objects.checkIndex(originalOffset, original.length() + 1);
    int low = 0;
    int high = normalized.length(); // first index with ends[index] > originalOffset, ends is non-decreasing
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (end(mid) > originalOffset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /**
   * The normalized text.
   *
   * @return {@link #normalized()}
   */
  @Override
  public String toString() {
    return normalized;
  }
}
