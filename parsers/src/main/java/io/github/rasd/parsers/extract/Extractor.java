package io.github.rasd.parsers.extract;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.Gazetteer;
import io.github.rasd.parsers.knowledge.GazetteerMatch;
import io.github.rasd.parsers.knowledge.KnowledgeEntry;
import io.github.rasd.parsers.knowledge.PlaceRules;
import io.github.rasd.parsers.knowledge.ResolvedMention;
import io.github.rasd.parsers.knowledge.TitleEntry;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.SentenceSplitter;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import io.github.rasd.parsers.text.dates.DateParser;
import io.github.rasd.parsers.text.numbers.NumberParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the extractors over one article: entities from the gazetteer, then persons, claims,
 * events and force estimates; {@link AnalysisAssembly} turns what they found into the {@link Analysis}
 * with ids and provenance.
 *
 * <p>Immutable and thread-safe: build one with {@link #of(Gazetteer)} and share it. Most users
 * call {@link io.github.rasd.parsers.ArticleParser}, which wraps it.
 *
 * @since 0.1.0
 */
public final class Extractor {

  private final Gazetteer gazetteer;
  private final PlaceRules placeRules = PlaceRules.bundled();
  private final Lexicons lexicons;
  private final PhraseTable<TitleEntry> titles;
  private final PersonExtractor persons;
  private final ClaimExtractor claims;
  private final EventExtractor events;
  private final ForceExtractor forces;
  private final GroupBranches groupBranches;
  private final CommonNounNames commonNouns;
  private final PartyNames partyNames;
  private final GroupSubUnits subUnits;

  /**
   * The parts of an extractor that read no knowledge base: the lexicons, the extractors of events
   * and force estimates over them, the common-noun and party names (and, loaded on the way, the
   * name model, claim words and person titles the other extractors read). Built apart so
   * that {@code BundledLoad} builds them on the caller's thread while the knowledge base and its
   * gazetteer are read on the other; the same parts as the constructor would build, whatever the
   * thread.
   */
  record Lexical(Lexicons lexicons, EventExtractor events, ForceExtractor forces,
      CommonNounNames commonNouns, PartyNames partyNames) {

    /** The parts over the bundled lexicons. */
    static Lexical bundled() {
      Lexicons l = Lexicons.bundled();
      EventExtractor events = new EventExtractor(l.triggers, l.statusCues, l.consequences,
          l.responsibility, l.triggerBlockers, l.habitual, l.words, l.victimRoles,
          l.dualVictims);
      ForceExtractor forces = new ForceExtractor(ForceLexicon.bundled(), l.triggers, l.groupAnaphora,
          l.words);
      // the tables the person and claim extractors read besides the knowledge base's titles:
      // loaded here, so that on the caller's thread they too overlap the knowledge base's load
      NameModel.bundled();
      ClaimWords.bundled();
      Objects.requireNonNull(PersonTitles.TABLE);
      return new Lexical(l, events, forces, new CommonNounNames(), new PartyNames());
    }
  }

  private Extractor(Gazetteer gazetteer, Lexical lexical) {
    this.gazetteer = gazetteer;
    this.lexicons = lexical.lexicons();
    this.events = lexical.events();
    this.forces = lexical.forces();
    this.commonNouns = lexical.commonNouns();
    this.partyNames = lexical.partyNames();
    Map<String, TitleEntry> t = new LinkedHashMap<>();
    for (TitleEntry e : gazetteer.knowledgeBase().titles()) {
      t.putIfAbsent(e.phrase(), e);
    }
    this.titles = PhraseTable.of(t);
    this.persons = new PersonExtractor(titles, lexicons.personCues, lexicons.claimCues,
        lexicons.triggers, lexicons.groupRelations, lexicons.words);
    this.claims = new ClaimExtractor(lexicons.claimCues, lexicons.channelCues, lexicons.collectives,
        titles, lexicons.words);
    this.groupBranches = new GroupBranches(gazetteer.knowledgeBase(), lexicons.groupAnaphora);
    this.subUnits = new GroupSubUnits(gazetteer.knowledgeBase());
  }

  /**
   * An extractor that recognises the entries of {@code gazetteer}'s knowledge base.
   *
   * @param gazetteer the matcher of groups, places, organisations and titles
   * @return the extractor
   */
  public static Extractor of(Gazetteer gazetteer) {
    return new Extractor(gazetteer, Lexical.bundled());
  }

  /** The extractor over {@code gazetteer} and {@code lexical}, built before it. */
  static Extractor of(Gazetteer gazetteer, Lexical lexical) {
    return new Extractor(gazetteer, lexical);
  }

  /**
   * The extractor over {@link Gazetteer#bundled()}, its data read on two threads at once (see
   * {@code BundledLoad}): the same extractor as {@code of(Gazetteer.bundled())}, built sooner on
   * two cores.
   *
   * @return a new extractor; build it once and share it
   */
  public static Extractor bundled() {
    return BundledLoad.extractor();
  }

  /**
   * Reads {@code article}.
   *
   * @param article the article
   * @param extractorVersion written into the analysis
   * @return the analysis, its invariants checked
   */
  public Analysis extract(Article article, String extractorVersion) {
    Prepared in = prepare(article);
    if (in == null) {
      return Analysis.empty(article, extractorVersion);
    }
    List<PersonExtractor.Found> people = persons.extract(in.doc());
    List<ClaimExtractor.Found> said = claims.extract(in.doc(), people);
    List<EventExtractor.Found> incidents = events.extract(in.doc(), in.layers());
    List<ForceExtractor.Found> sizes = forces.extract(in.doc(), in.layers());
    List<Doc.Mention> embedded = new ArrayList<>(embeddedCountries(in.doc()));
    embedded.addAll(in.namedInBranches());
    AnalysisAssembly assembly = new AnalysisAssembly(in.doc(), extractorVersion, embedded,
        gazetteer.knowledgeBase(), lexicons);
    assembly.placeRules.putAll(in.placeRules());
    return assembly.build(people, said, incidents, sizes);
  }

  /**
   * An article read up to the extractors: its document (tokens, sentences, mentions) and its
   * layers (quantities, dates), with the names of the place rules that touched each place by
   * entry id, for its provenance, and the groups named inside a branch's mention ({@link
   * GroupBranches}).
   */
  private record Prepared(Doc doc, Layers layers, Map<String, List<String>> placeRules,
      List<Doc.Mention> namedInBranches) {}

  /** The stages before the extractors, shared by {@link #extract} and the rule traces; null for a text with no token. */
  private Prepared prepare(Article article) {
    TextView view = TextView.of(article.text());
    List<Token> tokens = Tokenizer.standard().tokenize(view);
    if (tokens.isEmpty()) {
      return null;
    }
    List<Sentence> sentences = SentenceSplitter.standard().split(tokens);
    Doc doc = new Doc(article, view, tokens, sentences);
    doc.resolveAnaphoraWith(lexicons.groupAnaphor); // asked by the branches, events and forces
    Map<String, List<String>> placeRules = new HashMap<>();
    Placed placed = mentions(tokens, view, placeRules);
    doc.setMentions(placed.mentions(), placed.mainCountry());
    Set<String> branches = new HashSet<>();
    doc.setMentions(commonNouns.apply(doc), placed.mainCountry()); // "قاعدة للجيش" is a base
    doc.setMentions(partyNames.apply(doc), placed.mainCountry()); // the FLN of Algeria, no Syrian front
    Set<String> subUnitIds = new HashSet<>();
    doc.setMentions(subUnits.apply(doc, subUnitIds), placed.mainCountry()); // غرفة عمليات "الفتح المبين"
    subUnitIds.forEach(id -> placeRules.put(id, List.of(GroupSubUnits.RULE))); // read by AnalysisAssembly
    List<Doc.Mention> namedInBranches = new ArrayList<>();
    List<Doc.Mention> withBranches = groupBranches.apply(doc, branches, namedInBranches);
    if (!branches.isEmpty()) {
      doc.setMentions(withBranches, placed.mainCountry());
      for (String id : branches) {
        placeRules.put(id, List.of(GAZETTEER_RULE, GroupBranches.RULE)); // read by AnalysisAssembly
      }
    }
    doc.markRelationObjects(lexicons.groupRelations);
    var quantities = NumberParser.standard().parse(view, tokens);
    Layers layers = new Layers(doc, quantities,
        DateParser.standard().parseAll(view, tokens, quantities, article.published()), lexicons.singularVictims);
    return new Prepared(doc, layers, placeRules, namedInBranches);
  }

  /**
   * The event pipeline's trace of {@code article}: its records and the candidates the filters
   * rejected, each with the rules that touched it (for the rule tests).
   */
  EventExtractor.Trace traceEvents(Article article) {
    Prepared in = prepare(article);
    if (in == null) {
      throw new IllegalArgumentException("the article has no words to trace");
    }
    return events.trace(in.doc(), in.layers());
  }

  /**
   * The force-estimate candidates of {@code article}, those a filter dropped marked with its
   * name: for the rule tables of the tests.
   */
  List<ForceExtractor.Found> forceCandidates(Article article) {
    Prepared in = prepare(article);
    return in == null ? List.of() : forces.candidates(in.doc(), in.layers());
  }

  /** The mention layer of an article and its main country, computed once from it. */
  private record Placed(List<Doc.Mention> mentions, Optional<String> mainCountry) {}

  /** Gazetteer matches, resolved in the context of the whole article, as mentions. */
  private Placed mentions(List<Token> tokens, TextView view,
      Map<String, List<String>> rules) {
    Set<Doc.Mention> transliterated = new HashSet<>();
    List<GazetteerMatch> matches = gazetteer.find(tokens);
    List<ResolvedMention> resolved = gazetteer.resolve(matches);
    List<Doc.Mention> out = new ArrayList<>();
    int lastEnd = 0;
    Set<String> named = PlaceRules.namedCountries(resolved);
    for (ResolvedMention r : resolved) {
      GazetteerMatch m = r.match();
      if (m.firstToken() < lastEnd || PlaceRules.farPlace(r, named)) {
        continue;
      }
      out.add(new Doc.Mention(m.firstToken(), m.endToken(), r.best(), m.span(), r.country()));
      if (m.transliterated()) {
        transliterated.add(out.get(out.size() - 1));
      }
      lastEnd = m.endToken();
    }
    return withNamedPlaces(tokens, view, out, transliterated, rules);
  }

  /**
   * Countries named inside longer names: "الشرطة في نيجيريا" (the police in Nigeria), "الحدود مع
   * تونس" (the border with Tunisia). The longer name wins the mention; the country is still a
   * place the article names.
   */
  private List<Doc.Mention> embeddedCountries(Doc doc) {
    List<Doc.Mention> out = new ArrayList<>();
    for (Doc.Mention m : doc.mentions()) {
      if (m.end() - m.first() < 2 || m.kind() == EntryKind.COUNTRY || m.kind() == EntryKind.TITLE) {
        continue;
      }
      for (int i = m.first() + 1; i < m.end(); i++) {
        Token t = doc.tokens.get(i);
        Token before = doc.tokens.get(i - 1);
        boolean governed = !t.segmentations().get(0).preposition().isEmpty()
            || before.hasText("في") || before.hasText("مع") || before.hasText("من") || before.hasText("الي");
        if (!governed) {
          continue; // "وكالة تونس إفريقيا للأنباء" names an agency, not Tunisia
        }
        for (var seg : t.segmentations()) {
          Optional<KnowledgeEntry> country = gazetteer.knowledgeBase().lookup(seg.stemWithArticle())
              .stream().filter(e -> e.entryKind() == EntryKind.COUNTRY).findFirst();
          if (country.isPresent()) {
            out.add(new Doc.Mention(i, i + 1, country.get(), doc.stemSpan(i, seg), country.get().country()));
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * The place-mention layer of the knowledge package ({@link PlaceRules}) over the gazetteer's
   * mentions: places the gazetteer does not know, named by the noun before them ("في قرية
   * كوفا", in the village of Kofa), and places that are words or parts of other names dropped.
   * Created places take the article's main country; the rules that touched each place go into
   * its record's provenance ({@link #placeRules}).
   */
  private Placed withNamedPlaces(List<Token> tokens, TextView view,
      List<Doc.Mention> mentions, Set<Doc.Mention> transliterated,
      Map<String, List<String>> rules) {
    List<PlaceRules.Mention> in = new ArrayList<>(mentions.size());
    for (Doc.Mention m : mentions) {
      in.add(new PlaceRules.Mention(m.first(), m.end(), m.entry(), m.span(), m.country(),
          transliterated.contains(m) ? List.of(GAZETTEER_RULE, TRANSLITERATION_RULE) : List.of()));
    }
    List<Doc.Mention> out = new ArrayList<>();
    // the gazetteer's mentions give the country for the places the rules create; the layer
    // they leave gives the article's main country (the same rule, PlaceRules.mainCountry)
    List<PlaceRules.Mention> placed = placeRules.apply(tokens, view, in, PlaceRules.mainCountry(in),
        t -> lexicons.words.isFunctionWord(t) || lexicons.words.in(Words.WordList.COMPASS, t.text()),
        w -> lexicons.words.in(Words.WordList.COMPASS, w));
    for (PlaceRules.Mention m : placed) {
      out.add(new Doc.Mention(m.first(), m.end(), m.entry(), m.span(), m.country()));
      if (!m.rules().isEmpty()) {
        List<String> all = new ArrayList<>(rules.getOrDefault(m.entry().id(), List.of()));
        m.rules().stream().filter(r -> !all.contains(r)).forEach(all::add);
        rules.put(m.entry().id(), all);
      }
    }
    return new Placed(out, PlaceRules.mainCountry(placed));
  }

  /** The rule of a plain gazetteer match. */
  static final String GAZETTEER_RULE = "entities/gazetteer";
  /** {@link GazetteerMatch#transliterated()}: the name is a spelling variant of the entry's. */
  static final String TRANSLITERATION_RULE = "places/transliteration-key";
}
