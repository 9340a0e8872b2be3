package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled data files test themselves: every entry loads and does what its file says. */
class BundledDataTest {

  @Test
  void everyKnownWordIsItsOwnFirstSegmentation() {
    Set<String> words = CliticSegmenter.loadKnownWords();
    assertThat(words).hasSizeGreaterThan(150);
    for (String word : words) {
      Token token = Tokenizer.standard().tokenize(word).get(0);
      assertThat(token.segmentations().get(0).isWholeWord()).as("known word %s", word).isTrue();
      assertThat(token.text()).isEqualTo(word);
    }
  }

  @Test
  void everyKnownWordKeepsItsWholeFormAfterAConjunction() {
    for (String word : CliticSegmenter.loadKnownWords()) {
      Token token = Tokenizer.standard().tokenize("و" + word).get(0);
      assertThat(token.segmentations()).as("و + %s", word)
          .anyMatch(s -> s.stem().equals(word) && s.conjunction().equals("و"));
    }
  }

  @Test
  void everyAbbreviationKeepsItsSentenceTogether() {
    Set<String> abbreviations = SentenceSplitter.loadAbbreviations();
    assertThat(abbreviations).isNotEmpty();
    for (String abbreviation : abbreviations) {
      String text = "قال " + abbreviation + ". سمير كلاما.";
      assertThat(SentenceSplitter.standard().split(TextView.of(text))).as(text).hasSize(1);
    }
  }
}
