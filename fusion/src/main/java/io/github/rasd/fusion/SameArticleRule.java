package io.github.rasd.fusion;

/**
 * Rule {@code fusion/same-article}: an incident never holds two events of one article, since the
 * extractor already told them apart, unless the article itself repeats the incident: the lead
 * "قتل ثلاثة جنود في كمين" (three soldiers killed in an ambush) and a later "وأسفر الكمين عن..."
 * (the ambush left...) that the extractor kept as two events of one type on the same days. Two
 * events of one article with different types or days are never joined. Scores 0.
 */
final class SameArticleRule implements PairRule {

  static final String NAME = "fusion/same-article";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int score(SourceEvent a, SourceEvent b) {
    if (!a.articleId().equals(b.articleId())) {
      return 0;
    }
    boolean restated = a.type() == b.type() && a.windowStart().equals(b.windowStart())
        && a.windowEnd().equals(b.windowEnd());
    return restated ? 0 : INCOMPATIBLE;
  }
}
