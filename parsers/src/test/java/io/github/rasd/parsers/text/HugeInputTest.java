package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Five-megabyte inputs of adversarial shapes go through the whole engine. The checks are on sizes
 * only (no timing): a quadratic pass over such inputs would not finish within the build, and
 * none of these shapes may throw.
 */
class HugeInputTest {

  private static final int SIZE = 5 * 1024 * 1024;

  private static String repeat(String unit) {
    return unit.repeat(SIZE / unit.length());
  }

  private static String randomMix() {
    String[] alphabet = {"ا", "ل", "ة", "أ", "\u064E", "\u0651", "ـ", "ﻻ", "ﷲ", "\u200F", "٣", "\uD800",
        "\uDC00", "\uD83D\uDE00", " ", "\n", ".", "«", "»", "\"", "و", "ب", "a", "1", "\u0301"};
    Random random = new Random(7L);
    StringBuilder b = new StringBuilder(SIZE + 2);
    while (b.length() < SIZE) {
      b.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return b.toString();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("one Arabic word", (Supplier<String>) () -> repeat("ب"), 1),
        Arguments.of("one word of clitic letters", (Supplier<String>) () -> repeat("وبال"), 1),
        Arguments.of("one Latin word", (Supplier<String>) () -> repeat("x"), 1),
        Arguments.of("one digit run", (Supplier<String>) () -> repeat("٣"), 1),
        Arguments.of("one letter and combining marks", (Supplier<String>) () -> "ب" + repeat("\u064E\u0651\u0301\u0323"), 1),
        Arguments.of("ligatures", (Supplier<String>) () -> repeat("ﻻ"), 1),
        Arguments.of("tatweel", (Supplier<String>) () -> "ل" + repeat("ـ"), 1),
        Arguments.of("bidi controls", (Supplier<String>) () -> repeat("\u200F"), 0),
        Arguments.of("lone surrogates", (Supplier<String>) () -> repeat("\uD800"), SIZE),
        Arguments.of("dots", (Supplier<String>) () -> repeat("."), SIZE),
        Arguments.of("opening quotes", (Supplier<String>) () -> repeat("«"), SIZE),
        Arguments.of("straight quotes and words", (Supplier<String>) () -> repeat("\"ب. "), SIZE / 4 * 3),
        Arguments.of("glued clitics and quotes", (Supplier<String>) () -> repeat("و«"), SIZE),
        Arguments.of("short words", (Supplier<String>) () -> repeat("وبالجيش "), SIZE / 8),
        Arguments.of("line breaks and words", (Supplier<String>) () -> repeat("حلب\n"), SIZE / 4),
        Arguments.of("random mix", (Supplier<String>) HugeInputTest::randomMix, -1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void fiveMegabytesOfAnyShapeAreProcessedWhole(String shape, Supplier<String> input, int expectedTokens) {
    String text = input.get();
    TextView view = ArabicNormalizer.standard().view(text);
    List<Token> tokens = Tokenizer.standard().tokenize(view);
    if (expectedTokens >= 0) {
      assertThat(tokens).hasSize(expectedTokens);
    }
    for (Token t : tokens.subList(0, Math.min(tokens.size(), 1000))) {
      assertThat(t.segmentations()).isNotEmpty();
    }
    if (!tokens.isEmpty()) {
      Token last = tokens.get(tokens.size() - 1);
      assertThat(last.segmentations()).isNotEmpty();
      assertThat(last.span().end()).isLessThanOrEqualTo(text.length());
    }
    List<Sentence> sentences = SentenceSplitter.standard().split(tokens);
    int covered = sentences.stream().mapToInt(s -> s.endToken() - s.firstToken()).sum();
    assertThat(covered).isEqualTo(tokens.size());
    assertThat(ArabicNormalizer.standard().normalize(text)).hasSameSizeAs(view.normalized());
  }
}
