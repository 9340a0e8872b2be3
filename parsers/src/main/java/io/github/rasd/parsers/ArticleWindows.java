package io.github.rasd.parsers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.rasd.json.RasdJson;
import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.ImmutableArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rule {@value #RULE}: a text longer than {@link #WINDOW_LENGTH} (a page of many articles, a
 * dump without breaks; no news article is that long) is read in windows of at most that length,
 * cut at the last paragraph break of the window, else after its last sentence end, else at its
 * last space. Each window is analysed alone; the analyses are joined into one: spans moved to
 * the offsets of the whole text, the same group, person, place or organisation of several
 * windows made one record (the same canonical id, else the same name) with all its mentions and
 * {@value #RULE} in its provenance, ids renumbered. A window costs what an article costs, so a
 * text of any length is read in time and memory linear in its length.
 *
 * <p>The joining works on the JSON tree of the analyses, so that it follows the model as it
 * grows: an object with exactly {@code start}, {@code end} and {@code text} is a span, a field
 * named {@code id}, {@code …Id} or {@code …Ids} holds local ids; building the joined analysis
 * checks its invariants again. Stateless and thread-safe.
 */
final class ArticleWindows {

  /**
   * Longest text read as one, in UTF-16 units (32 Ki, about 5,000 words): eight times the
   * longest article of the evaluation sets (4,142), past any news article, short enough that a
   * window costs per character what an article costs.
   */
  static final int WINDOW_LENGTH = 32 * 1024;

  /** The lists of records that are the same thing when named alike in two windows. */
  private static final List<String> ENTITY_LISTS = List.of("groups", "persons", "places",
      "organizations");

  /** The lists of records of which every window has its own. */
  private static final List<String> RECORD_LISTS = List.of("events", "forceEstimates", "claims");

  /** The rule's name, added to the provenance of a record joined from several windows. */
  static final String RULE = "article/windows";

  private static final ObjectMapper MAPPER = RasdJson.newMapper();

  private ArticleWindows() {}

  /** The windows' bounds in {@code text}: {@code [cuts[k], cuts[k + 1])}. */
  static List<Integer> cuts(String text) {
    List<Integer> cuts = new ArrayList<>();
    int start = 0;
    cuts.add(0);
    while (text.length() - start > WINDOW_LENGTH) {
      int cut = cut(text, start);
      cuts.add(cut);
      start = cut;
    }
    cuts.add(text.length());
    return cuts;
  }

  /** Where the window starting at {@code start} ends: after a line break, a sentence, a space. */
  private static int cut(String text, int start) {
    int limit = start + WINDOW_LENGTH;
    int floor = start + WINDOW_LENGTH / 2;
    for (int i = limit - 1; i >= floor; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > floor; i--) {
      char c = text.charAt(i - 1);
      if (Character.isWhitespace(text.charAt(i)) && (c == '.' || c == '؟' || c == '?' || c == '!')) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i >= floor; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) && Character.isHighSurrogate(text.charAt(limit - 1))
        ? limit - 1 : limit;
  }

  /** Reads {@code article} window by window with {@code extract} and joins the analyses. */
  static Analysis parse(Article article, Function<Article, Analysis> extract) {
    String text = article.text();
    List<Integer> cuts = cuts(text);
    ObjectNode joined = null;
    Map<String, String> entityIdByKey = new HashMap<>();
    Map<String, Integer> lastNumber = new HashMap<>();
    for (int k = 0; k + 1 < cuts.size(); k++) {
      int offset = cuts.get(k);
      Article window = ImmutableArticle.copyOf(article).withText(text.substring(offset, cuts.get(k + 1)));
      ObjectNode tree = MAPPER.valueToTree(extract.apply(window));
      if (joined == null) {
        joined = tree.deepCopy();
        for (String list : ENTITY_LISTS) {
          joined.putArray(list);
        }
        for (String list : RECORD_LISTS) {
          joined.putArray(list);
        }
      }
      Map<String, String> ids = new HashMap<>();
      Map<JsonNode, String> sameAs = new IdentityHashMap<>(); // entity of this window -> joined id
      for (String list : ENTITY_LISTS) {
        for (JsonNode record : tree.withArray(list)) {
          String key = list + "/" + entityKey(record);
          String id = record.get("id").asText();
          String known = entityIdByKey.get(key);
          if (known == null) {
            known = freshId(id, lastNumber);
            entityIdByKey.put(key, known);
          } else {
            sameAs.put(record, known);
          }
          ids.put(id, known);
        }
      }
      for (String list : RECORD_LISTS) {
        for (JsonNode record : tree.withArray(list)) {
          ids.put(record.get("id").asText(), freshId(record.get("id").asText(), lastNumber));
        }
      }
      for (String list : ENTITY_LISTS) {
        tree.withArray(list).forEach(r -> rewrite(r, offset, text, ids));
      }
      for (String list : RECORD_LISTS) {
        tree.withArray(list).forEach(r -> rewrite(r, offset, text, ids));
      }
      for (String list : ENTITY_LISTS) {
        ArrayNode into = (ArrayNode) joined.get(list);
        for (JsonNode record : tree.withArray(list)) {
          String known = sameAs.get(record);
          if (known == null) {
            into.add(record);
            continue;
          }
          ObjectNode first = find(into, known);
          JsonNode provenance = first.get("provenance");
          if (provenance instanceof ObjectNode p && !hasText(p.withArray("rules"), RULE)) {
            p.withArray("rules").add(RULE);
          }
          for (Iterator<String> f = record.fieldNames(); f.hasNext(); ) {
            String field = f.next();
            if (field.equals("mentions") || field.endsWith("Ids") && !field.contains("anonical")) {
              first.withArray(field).addAll((ArrayNode) record.get(field));
            }
          }
        }
      }
      for (String list : RECORD_LISTS) {
        ((ArrayNode) joined.get(list)).addAll(tree.withArray(list));
      }
    }
    for (String list : ENTITY_LISTS) {
      joined.withArray(list).forEach(ArticleWindows::dedupeIds);
    }
    joined.set("article", MAPPER.valueToTree(article));
    try {
      return MAPPER.treeToValue(joined, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the windows of article '" + article.id() + "' do not join", e);
    }
  }

  /** The same group, person, place or organisation: its canonical id, else its name. */
  private static String entityKey(JsonNode record) {
    JsonNode canonical = record.get("canonicalId");
    return canonical != null && canonical.isTextual()
        ? "c:" + canonical.asText() : "n:" + record.path("name").asText();
  }

  /** A new id of the same kind as {@code id}: its letters and the next number. */
  private static String freshId(String id, Map<String, Integer> lastNumber) {
    int digits = id.length();
    while (digits > 0 && Character.isDigit(id.charAt(digits - 1))) {
      digits--;
    }
    String prefix = id.substring(0, digits);
    return prefix + lastNumber.merge(prefix, 1, Integer::sum);
  }

  private static boolean hasText(ArrayNode values, String text) {
    for (JsonNode v : values) {
      if (v.asText().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode find(ArrayNode records, String id) {
    for (JsonNode r : records) {
      if (r.get("id").asText().equals(id)) {
        return (ObjectNode) r;
      }
    }
    throw new IllegalStateException("no record " + id);
  }

  /**
   * Moves every span of {@code node} by {@code offset} (its text re-read from the whole text)
   * and replaces every local id by its joined id. A record already rewritten (an entity seen in
   * an earlier window) is not reached: only this window's records are.
   */
  private static void rewrite(JsonNode node, int offset, String text, Map<String, String> ids) {
    if (node.isArray()) {
      node.forEach(n -> rewrite(n, offset, text, ids));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode o = (ObjectNode) node;
    if (o.size() == 3 && o.has("start") && o.has("end") && o.has("text") && o.get("start").isInt()) {
      int start = o.get("start").asInt() + offset;
      int end = o.get("end").asInt() + offset;
      o.put("start", start).put("end", end).put("text", text.substring(start, end));
      return;
    }
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      String field = e.getKey();
      JsonNode value = e.getValue();
      boolean local = !field.contains("anonical")
          && (field.equals("id") || field.endsWith("Id") || field.endsWith("Ids"));
      if (local && value.isTextual()) {
        e.setValue(new TextNode(ids.getOrDefault(value.asText(), value.asText())));
      } else if (local && value.isArray()) {
        ArrayNode a = (ArrayNode) value;
        for (int i = 0; i < a.size(); i++) {
          if (a.get(i).isTextual()) {
            a.set(i, new TextNode(ids.getOrDefault(a.get(i).asText(), a.get(i).asText())));
          }
        }
      } else {
        rewrite(value, offset, text, ids);
      }
    }
  }

  /** An entity met in several windows may list the same related id twice: keep the first. */
  private static void dedupeIds(JsonNode record) {
    for (Map.Entry<String, JsonNode> e : record.properties()) {
      if (e.getKey().endsWith("Ids") && e.getValue().isArray()) {
        ArrayNode unique = MAPPER.createArrayNode();
        java.util.Set<String> seen = new java.util.HashSet<>();
        e.getValue().forEach(v -> {
          if (seen.add(v.asText())) {
            unique.add(v);
          }
        });
        e.setValue(unique);
      }
    }
  }
}
