package io.github.rasd.parsers.text;

import static io.github.rasd.parsers.fuzz.FuzzCheck.require;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.fuzz.FuzzInput;
import java.util.List;

/**
 * Fuzz targets of the text engine. {@code mvn verify} replays the kept corpus
 * ({@code src/test/resources/io/github/rasd/parsers/text/TextFuzzTestInputs/<target>/}); to fuzz
 * one target, {@code JAZZER_FUZZ=1 mvn -pl parsers -am test -Dtest=TextFuzzTest#normalizer
 * -Dsurefire.failIfNoSpecifiedTests=false} (see the README). Each target states the properties
 * that must hold for every text.
 */
class TextFuzzTest {

  /**
   * The normalizer and its offset map: {@code normalize} agrees with {@code view}; the map is
   * monotonic and inside the original; every span of the view is a substring of the caller's
   * text; the matching key is stable (normalizing it again changes nothing).
   */
  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void normalizer(byte[] data) {
    String text = FuzzInput.text(data);
    ArabicNormalizer n = ArabicNormalizer.standard();
    TextView view = n.view(text);
    require(view.original() == text, "the view keeps the caller's text");
    require(n.normalize(text).equals(view.normalized()), "normalize differs from view");
    int previousStart = 0;
    int previousEnd = 0;
    for (int k = 0; k < view.length(); k++) {
      int s = view.originalStart(k);
      int e = view.originalEnd(k + 1);
      require(previousStart <= s && s <= e && previousEnd <= e && e <= text.length(),
          "unit %d maps to [%d, %d) after [%d, %d)", k, s, e, previousStart, previousEnd);
      require(view.normalizedIndex(s) <= k, "normalizedIndex(%d) > %d", s, k);
      previousStart = s;
      previousEnd = e;
      Span span = view.originalSpan(k, k + 1);
      require(text.startsWith(span.text(), span.start()), "span %s of unit %d", span, k);
    }
    Span all = view.originalSpan(0, view.length());
    require(text.startsWith(all.text(), all.start()), "the whole span %s", all);
    String again = n.normalize(view.normalized());
    require(again.equals(view.normalized()), "not stable: %s then %s", view.normalized(), again);
  }

  /**
   * The tokenizer, the clitic segmenter and the sentence splitter: tokens are in order, apart,
   * inside the text, their spans substrings of it; every token has its segmentations, the whole
   * word among them, each stem the end of the word; sentences cover every token once, none
   * longer than the limit.
   */
  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void tokenizer(byte[] data) {
    String text = FuzzInput.text(data);
    TextView view = TextView.of(text);
    List<Token> tokens = Tokenizer.standard().tokenize(view);
    int end = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      require(t.index() == i, "token %d has index %d", i, t.index());
      require(t.start() >= end && t.end() > t.start() && t.end() <= view.length(),
          "token %d at [%d, %d) after %d", i, t.start(), t.end(), end);
      end = t.end();
      Span span = t.span();
      require(text.startsWith(span.text(), span.start()), "token %d span %s", i, span);
      List<Segmentation> segmentations = t.segmentations();
      require(!segmentations.isEmpty(), "token %d has no segmentation", i);
      boolean whole = false;
      for (Segmentation s : segmentations) {
        require(t.text().endsWith(s.stem()) && t.stemStart(s) + s.stem().length() == t.end(),
            "token %s: stem %s at %d", t, s.stem(), t.stemStart(s));
        whole |= s.isWholeWord();
      }
      require(whole, "token %s lacks its whole-word segmentation", t);
    }
    List<Sentence> sentences = SentenceSplitter.standard().split(tokens);
    int next = 0;
    for (Sentence s : sentences) {
      int length = s.endToken() - s.firstToken();
      require(s.firstToken() == next && length > 0 && length <= SentenceSplitter.MAX_SENTENCE_TOKENS,
          "sentence [%d, %d) after %d", s.firstToken(), s.endToken(), next);
      next = s.endToken();
    }
    require(next == tokens.size(), "sentences end at %d of %d tokens", next, tokens.size());
  }

  /**
   * The clitic segmenter on any word: never fails, always offers the whole word, and every stem
   * it offers is the end of the word after the proclitics it names.
   */
  @FuzzTest(maxDuration = "8m", maxExecutions = 2_000_000)
  void cliticSegmenter(byte[] data) {
    String word = ArabicNormalizer.standard().normalize(FuzzInput.text(data));
    List<Segmentation> segmentations = CliticSegmenter.standard().segment(word);
    boolean whole = false;
    for (Segmentation s : segmentations) {
      require(word.endsWith(s.stem()) && s.prefixes().length() <= word.length(),
          "word %s: stem %s", word, s.stem());
      whole |= s.isWholeWord();
    }
    require(whole, "word %s lacks its whole-word segmentation", word);
  }
}
