package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Article;
import io.github.rasd.parsers.text.SentenceSplitter;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The article-level matching of {@link PhraseTable} (one reading of the first words for every
 * table, each table visiting only its own start tokens, hits kept per table) finds at every token
 * what matching that token alone finds, for a table built before the article's words were read
 * and for one built after; a table with no phrase in the article answers empty everywhere.
 */
class PhraseTableTest {

  /** Wire-style sentences of our own, with clitics on first words and a glued final preposition. */
  private static final String TEXT = "وقالت مصادر أمنية إن قوات الأمن صدت هجوم مسلحين على حاجز للجيش، "
      + "وفقا لبيان رسمي. وبحسب المصادر فإن الهجوم أسفر عن مقتل جنديين، بحسب ما أفادت وكالة "
      + "الأنباء. كما شنت قوات الأمن حملة اعتقالات في المنطقة.";

  private static final Map<String, String> PHRASES = Map.of(
      "قوات الأمن", "FORCES", "هجوم", "ATTACK", "وفقا لـ", "ACCORDING", "بحسب", "ACCORDING",
      "بحسب ما أفادت", "ACCORDING_LONG", "حملة اعتقالات", "ARRESTS");

  private static Doc doc(String text) {
    TextView view = TextView.of(text);
    List<Token> tokens = Tokenizer.standard().tokenize(view);
    return new Doc(Article.of("t", text), view, tokens, SentenceSplitter.standard().split(tokens));
  }

  /** Every token's match as the table finds it for that token alone. */
  private static List<Optional<PhraseTable.Hit<String>>> alone(PhraseTable<String> table, Doc doc) {
    List<Optional<PhraseTable.Hit<String>>> out = new ArrayList<>();
    for (int i = 0; i < doc.tokens.size(); i++) {
      out.add(table.at(doc.tokens, i));
    }
    return out;
  }

  private static List<Optional<PhraseTable.Hit<String>>> inArticle(PhraseTable<String> table, Doc doc) {
    List<Optional<PhraseTable.Hit<String>>> out = new ArrayList<>();
    for (int i = 0; i < doc.tokens.size(); i++) {
      out.add(table.at(doc, i));
    }
    return out;
  }

  @Test
  void tablesBuiltBeforeAndAfterTheArticleAgreeWithTokenByTokenMatching() {
    PhraseTable<String> before = PhraseTable.of(PHRASES);
    Doc d = doc(TEXT);
    List<Optional<PhraseTable.Hit<String>>> first = inArticle(before, d); // numbers the words
    PhraseTable<String> after = PhraseTable.of(Map.of("مصادر أمنية", "SOURCES", "الأنباء", "NEWS"));
    assertThat(after.id()).isGreaterThan(before.id());
    assertThat(first).isEqualTo(alone(before, d));
    assertThat(inArticle(after, d)).isEqualTo(alone(after, d));
    assertThat(first.stream().flatMap(Optional::stream).map(PhraseTable.Hit::value))
        .containsExactly("FORCES", "ATTACK", "ACCORDING", "ACCORDING", "ATTACK", "ACCORDING_LONG",
            "FORCES", "ARRESTS");
    assertThat(inArticle(after, d).stream().flatMap(Optional::stream).map(PhraseTable.Hit::value))
        .containsExactly("SOURCES", "NEWS");
  }

  @Test
  void findAllGivesTheLongestMatchesWithoutOverlapInsideTheRange() {
    PhraseTable<String> table = PhraseTable.of(PHRASES);
    Doc d = doc(TEXT);
    List<PhraseTable.Hit<String>> all = table.findAll(d, 0, d.tokens.size());
    assertThat(all).extracting(PhraseTable.Hit::value).containsExactly("FORCES", "ATTACK", "ACCORDING",
        "ACCORDING", "ATTACK", "ACCORDING_LONG", "FORCES", "ARRESTS");
    PhraseTable.Hit<String> forces = all.get(0);
    // a range that cuts a phrase leaves it out
    assertThat(table.findAll(d, forces.first(), forces.first() + 1)).isEmpty();
    assertThat(table.findAll(d, forces.first(), forces.end())).containsExactly(forces);
  }

  @Test
  void aTableWithNoPhraseInTheArticleAnswersEmptyEverywhere() {
    PhraseTable<String> table = PhraseTable.of(Map.of("وقف إطلاق النار", "CEASEFIRE"));
    Doc d = doc(TEXT);
    for (int i = -1; i <= d.tokens.size(); i++) {
      assertThat(table.at(d, i)).isEmpty();
    }
    assertThat(table.findAll(d, 0, d.tokens.size())).isEmpty();
  }
}
