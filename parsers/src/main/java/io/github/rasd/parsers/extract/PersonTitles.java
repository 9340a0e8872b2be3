package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.TitleCategory;
import io.github.rasd.parsers.knowledge.TitleEntry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Role nouns that stand before or after a person's name in general news (business, sport,
 * municipal, civil society) beyond the titles of the knowledge base: "المدير التنفيذي" (the chief
 * executive), "رئيس بلدية" (the mayor), "مدرب" (coach). Read from {@code names/person-titles.tsv}
 * (the columns of the knowledge base's {@code titles.tsv}). Loaded once; immutable.
 */
final class PersonTitles {

  private PersonTitles() {}

  /** The bundled table. */
  static final PhraseTable<TitleEntry> TABLE = load();

  private static PhraseTable<TitleEntry> load() {
    Map<String, TitleEntry> map = new LinkedHashMap<>();
    for (DataFile.Line r : DataFile.read(PersonTitles.class, "names/person-titles.tsv")) {
      TitleCategory category;
      try {
        category = TitleCategory.valueOf(r.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown title category " + r.field(1));
      }
      map.putIfAbsent(r.field(0), new TitleEntry(r.field(0), category, r.field(2), r.field(3, ""),
          "names/person-titles.tsv"));
    }
    return PhraseTable.of(map);
  }
}
