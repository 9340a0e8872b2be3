package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * groups/foreign-party: "انتخب المؤتمر العاشر لحزب جبهة التحرير الوطني أمينا عاما جديدا" (the
 * tenth congress of the National Liberation Front elected a new secretary general) in an
 * Algerian article: a group of the gazetteer named by a name that is also a party's
 * ({@code event-frames.tsv}, frame PARTY: "جبهة التحرير الوطني" is the Algerian FLN and an alias of
 * the Syrian National Front for Liberation), in an article whose main country
 * ({@link Doc#mainCountry()}) is another than the group's, is the party of that country, no
 * armed group: its mention is dropped. In a Syrian article ("هاجمت جبهة التحرير الوطني مواقع
 * في ريف إدلب", the Front attacked positions in the Idlib countryside) the main country is the
 * group's and it stays; a name that is no party's always stays. Immutable and thread-safe.
 */
final class PartyNames {

  /** The party names of {@code event-frames.tsv}. */
  private final PhraseTable<ConflictFrame.Frame> parties;

  PartyNames() {
    Map<String, ConflictFrame.Frame> party = new LinkedHashMap<>();
    ConflictFrame.load().forEach((phrase, frame) -> {
      if (frame == ConflictFrame.Frame.PARTY) {
        party.put(phrase, frame);
      }
    });
    this.parties = PhraseTable.of(party);
  }

  /** The mentions of {@code doc} without the groups that are a foreign party's name. */
  List<Doc.Mention> apply(Doc doc) {
    Optional<String> main = doc.mainCountry();
    if (main.isEmpty()) {
      return doc.mentions();
    }
    List<Doc.Mention> out = new ArrayList<>(doc.mentions().size());
    boolean dropped = false;
    for (Doc.Mention m : doc.mentions()) {
      if (m.kind() == EntryKind.GROUP && foreignParty(doc, m, main.get())) {
        dropped = true;
      } else {
        out.add(m);
      }
    }
    return dropped ? out : doc.mentions();
  }

  private boolean foreignParty(Doc doc, Doc.Mention m, String main) {
    Optional<String> country = m.entry().country();
    if (country.isEmpty() || country.get().equals(main)) {
      return false;
    }
    Optional<PhraseTable.Hit<ConflictFrame.Frame>> h = parties.at(doc, m.first());
    return h.isPresent() && h.get().end() == m.end();
  }
}
