package io.github.rasd.parsers.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.GateCases;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import io.github.rasd.parsers.text.numbers.NumberParser;
import io.github.rasd.parsers.text.numbers.Quantity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date scanner's gate ({@code DateScanner.mayStart}: expressions are tried only at numbers,
 * quantities and start words) loses nothing: every date case of {@code dates.tsv}, every
 * quantity case of {@code quantities.tsv} and the body of every fixture article give the same
 * mentions with the gate as without it. A recognizer that starts at a word of no table, not
 * added to the gate's start words, fails here.
 */
class DateGateTest {

  /** A Wednesday, the anchor of the date table. */
  private static final LocalDate ANCHOR = LocalDate.of(2019, 4, 10);

  static Stream<String> texts() throws IOException, URISyntaxException {
    return GateCases.texts().stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theGateLosesNoDate(String text) {
    TextView view = ArabicNormalizer.standard().view(text);
    List<Token> tokens = Tokenizer.standard().tokenize(view);
    List<Quantity> quantities = NumberParser.standard().parse(view, tokens);
    for (LocalDate anchor : new LocalDate[] {ANCHOR, null}) {
      List<DateMention> gated = new DateScanner(DateLexicon.standard(), view, tokens, quantities, anchor, true).scan();
      List<DateMention> everywhere = new DateScanner(DateLexicon.standard(), view, tokens, quantities, anchor, false).scan();
      assertThat(gated).as(text).isEqualTo(everywhere);
    }
  }
}
