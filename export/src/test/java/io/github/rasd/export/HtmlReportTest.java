package io.github.rasd.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report as written (the browser test checks it as Chromium reads it): highlight counts,
 * unique ids, in-page links only, nothing fetched.
 */
class HtmlReportTest {

  static final Pattern KIND = Pattern.compile("data-kind=\"([a-z]+)\"");
  static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
  static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  /** Counts of highlights by kind in a page. */
  static Map<String, Integer> kinds(String html) {
    Map<String, Integer> counts = new HashMap<>();
    HtmlReport.KINDS.keySet().forEach(k -> counts.put(k, 0));
    Matcher m = KIND.matcher(html);
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    return counts;
  }

  /** Checks that ids are unique and every link is an in-page link to one of them; returns the links. */
  static int checkLinks(String html) {
    Set<String> ids = new HashSet<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      assertThat(ids.add(m.group(1))).as("unique id " + m.group(1)).isTrue();
    }
    Matcher h = HREF.matcher(html);
    int links = 0;
    while (h.find()) {
      assertThat(h.group(1)).startsWith("#");
      assertThat(ids).as("target of " + h.group(1)).contains(h.group(1).substring(1));
      links++;
    }
    return links;
  }

  @Test
  void everyArticleHighlightsWhatItsAnalysisHolds() {
    for (Analysis a : Fixtures.all()) {
      String html = Exports.toString(ExportFormat.HTML, a);
      assertThat(kinds(html)).as(a.article().id()).isEqualTo(Fixtures.expectedHighlights(a));
      assertThat(checkLinks(html)).isGreaterThanOrEqualTo(a.events().size() + a.claims().size());
    }
  }

  @Test
  void aBatchIsOneFileWithUniqueIds() {
    List<Analysis> all = Fixtures.all();
    String html = Exports.toString(ExportFormat.HTML, all);
    checkLinks(html);
    assertThat(html.split("<section class=\"article\"", -1)).hasSize(all.size() + 1);
  }

  @Test
  void nothingIsFetched() {
    String html = Exports.toString(ExportFormat.HTML, Fixtures.all());
    assertThat(html).doesNotContain("<script", "<link", "@import", "url(", " src=");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContainPattern("(href|src)=\"https?:");
    assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
  }

  @Test
  void aClaimCrossingAPlaceNameKeepsOneHighlightEach() {
    String html = Exports.toString(ExportFormat.HTML, Fixtures.handMade());
    assertThat(kinds(html).get("place")).isEqualTo(2);
    assertThat(kinds(html).get("claim")).isEqualTo(2);
    assertThat(html).contains("class=\"hl-cont k-place\"");
    String text = Fixtures.handMade().article().text();
    String rendered = html.substring(html.indexOf("<div class=\"text\""), html.indexOf("</div>\n<div class=\"figures\""))
        .replaceAll("<sup class=\"tag\">.*?</sup>", "").replaceAll("<[^>]+>", "")
        .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    assertThat(rendered).isEqualTo(text);
  }
}
