package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one set of quotation marks: which tokens of a text are marks, written as their indexes. */
class QuoteMarksTest {

  private static String marks(String input) {
    List<Token> tokens = Tokenizer.standard().tokenize(input);
    return tokens.stream().filter(QuoteMarks::is).map(t -> String.valueOf(t.index()))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "وقال «إن الوضع مستقر»|1 5",
      "مخيم \"زمزم\" للنازحين|1 3",
      "وصف الهجوم بـ“الجبان”|3 5",
      "ما يسمى ‘الولاية’ في المنطقة|2 4",
      "أعلنت الوزارة (في بيان) أن الهجوم فشل|''",
      "قتل 3 جنود، وأصيب آخرون.|''",
  })
  void marks(String input, String expected) {
    assertThat(marks(input)).isEqualTo(expected);
  }
}
