package io.github.rasd.parsers.text.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.GateCases;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The number scanner's gate ({@code NumberScanner.mayStart}: quantities are tried only at
 * digits, number words and start words) loses nothing: every case of {@code quantities.tsv}
 * and {@code dates.tsv} and the body of every fixture article give the same quantities with the
 * gate as without it. A recognizer that starts at a word of no table, not added to the gate,
 * fails here.
 */
class NumberGateTest {

  static Stream<String> texts() throws IOException, URISyntaxException {
    return GateCases.texts().stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theGateLosesNoQuantity(String text) {
    TextView view = ArabicNormalizer.standard().view(text);
    List<Token> tokens = Tokenizer.standard().tokenize(view);
    List<Quantity> gated = new NumberScanner(NumberLexicon.standard(), view, tokens, true).scan();
    List<Quantity> everywhere = new NumberScanner(NumberLexicon.standard(), view, tokens, false).scan();
    assertThat(gated).as(text).isEqualTo(everywhere);
  }
}
