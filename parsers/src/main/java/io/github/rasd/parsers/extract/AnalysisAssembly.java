package io.github.rasd.parsers.extract;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.ImmutableAnalysis;
import io.github.rasd.model.ImmutableChannel;
import io.github.rasd.model.ImmutableClaim;
import io.github.rasd.model.ImmutableDateRange;
import io.github.rasd.model.ImmutableEvent;
import io.github.rasd.model.ImmutableForceEstimate;
import io.github.rasd.model.ImmutableGroup;
import io.github.rasd.model.ImmutableOrganization;
import io.github.rasd.model.ImmutableParticipant;
import io.github.rasd.model.ImmutablePerson;
import io.github.rasd.model.ImmutablePlace;
import io.github.rasd.model.ImmutableSpeaker;
import io.github.rasd.model.Participant;
import io.github.rasd.model.Place;
import io.github.rasd.model.Provenance;
import io.github.rasd.model.Span;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.GroupEntry;
import io.github.rasd.parsers.knowledge.KnowledgeEntry;
import io.github.rasd.parsers.knowledge.OrganizationEntry;
import io.github.rasd.parsers.knowledge.PlaceEntry;
import io.github.rasd.parsers.knowledge.PlaceNouns;
import io.github.rasd.parsers.knowledge.PlaceRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the extractors found into model records with ids: entities, persons, claims,
 * events and force estimates, in that order, each with its provenance (every rule that touched
 * it) and a confidence from the named constants below. One instance assembles one article; not
 * thread-safe, made per call by {@link Extractor}.
 */
final class AnalysisAssembly {

  // Confidences written into provenance: rough priors by how a record was made, not calibrated
  // probabilities (no held-out calibration has been done yet).
  /** A group the gazetteer matched by name (or by name and a relation in the text). */
  static final double GROUP_CONFIDENCE = 0.9;
  /** A place the gazetteer knows. */
  static final double KNOWN_PLACE_CONFIDENCE = 0.8;
  /** A place named after a place noun that no gazetteer lists ("قرية X"). */
  static final double CREATED_PLACE_CONFIDENCE = 0.6;
  /** An organisation the gazetteer matched. */
  static final double ORGANIZATION_CONFIDENCE = 0.85;
  /** A person found by a naming rule. */
  static final double PERSON_CONFIDENCE = 0.7;
  /** A claim whose speaker the grammar recognised. */
  static final double CLAIM_CONFIDENCE = 0.75;
  /** A claim whose speaker phrase is of no known kind. */
  static final double UNKNOWN_SPEAKER_CLAIM_CONFIDENCE = 0.5;
  /** An event with a date and a place. */
  static final double ANCHORED_EVENT_CONFIDENCE = 0.7;
  /** An event missing its date or its place. */
  static final double UNANCHORED_EVENT_CONFIDENCE = 0.5;
  /** A force estimate linked to a group. */
  static final double FORCE_WITH_GROUP_CONFIDENCE = 0.75;
  /** A force estimate whose group is unknown. */
  static final double FORCE_WITHOUT_GROUP_CONFIDENCE = 0.5;
  /** How far after a toll's words a group still belongs to the toll, in UTF-16 units. */
  private static final int VICTIM_GROUP_REACH = 24;
  /** How many claims before an event are asked whether their content contains it. */
  private static final int NEARBY_CLAIMS = 8;
  /** How far before a force estimate the cue of the claim it rests on may stand, in tokens. */
  private static final int ESTIMATOR_REACH = 10;

  private final Doc doc;
  private final Lexicons lexicons;
  private final ImmutableAnalysis.Builder analysis;
  private final Map<String, String> groupIds = new LinkedHashMap<>();
  private final Map<String, String> placeIds = new LinkedHashMap<>();
  /** Entry ids of regions and borders recorded as their country ("شمال مالي" → Mali). */
  private final Map<String, String> replacedBy = new HashMap<>();
  /** The place rules that touched each place, by entry id (none: a plain gazetteer match). */
  final Map<String, List<String>> placeRules = new HashMap<>();
  private final Map<String, String> organizationIds = new LinkedHashMap<>();
  private final Map<PersonExtractor.Found, String> personIds = new HashMap<>();
  private final Map<ClaimExtractor.Found, String> claimIds = new HashMap<>();
  private final List<Claim> claimRecords = new ArrayList<>();

  private final List<Doc.Mention> embedded;
  private final io.github.rasd.parsers.knowledge.KnowledgeBase knowledge;

  AnalysisAssembly(Doc doc, String version, List<Doc.Mention> embedded,
      io.github.rasd.parsers.knowledge.KnowledgeBase knowledge, Lexicons lexicons) {
    this.lexicons = lexicons;
    this.doc = doc;
    this.embedded = embedded;
    this.knowledge = knowledge;
    this.analysis = ImmutableAnalysis.builder().article(doc.article).extractorVersion(version);
  }

  Analysis build(List<PersonExtractor.Found> people, List<ClaimExtractor.Found> said,
      List<EventExtractor.Found> incidents, List<ForceExtractor.Found> sizes) {
    insidePerson = insidePersons(people);
    entities(textFacts(people));
    persons(people);
    claims(said);
    events(incidents);
    forces(sizes);
    return analysis.build();
  }

  /** What the article itself says of a group: whom it is loyal to, what it is part of, who leads it. */
  private record Facts(java.util.Set<String> allegiances, java.util.Set<String> parents,
      java.util.Set<String> leaders) {
    static Facts empty() {
      return new Facts(new java.util.LinkedHashSet<>(), new java.util.LinkedHashSet<>(),
          new java.util.LinkedHashSet<>());
    }
  }

  /**
   * Reads relations written after a group's name: "جند الخلافة المؤيد لتنظيم داعش" (loyal to
   * IS, ALLEGIANCE), "التابعة لتنظيم القاعدة" (part of al-Qaeda, PART_OF), "بقيادة أبو الوليد
   * الصحراوي" (led by, LED_BY).
   */
  private Map<String, Facts> textFacts(List<PersonExtractor.Found> people) {
    Map<Integer, PersonExtractor.Found> personAt = new HashMap<>();
    for (PersonExtractor.Found p : people) {
      for (int[] m : p.mentions) {
        personAt.put(m[0], p);
      }
    }
    Map<String, Facts> facts = new HashMap<>();
    PhraseTable<String> relations = lexicons.groupRelations;
    for (Doc.Mention a : doc.mentions()) {
      if (a.kind() != EntryKind.GROUP) {
        continue;
      }
      int k = a.end();
      while (k < doc.tokens.size() && k <= a.end() + 1 && doc.isPunct(k, "،", ",", "\"", "»")) {
        k++;
      }
      Optional<PhraseTable.Hit<String>> r = relations.at(doc, k);
      if (r.isEmpty()) {
        continue;
      }
      Facts f = facts.computeIfAbsent(a.entry().id(), x -> Facts.empty());
      for (int t = r.get().end(); t <= r.get().end() + 1 && t < doc.tokens.size(); t++) {
        Optional<Doc.Mention> b = doc.mentionAt(t).filter(m -> m.kind() == EntryKind.GROUP && m != a);
        String relation = r.get().value();
        if (b.isPresent() && relation.equals("ALLEGIANCE")) {
          f.allegiances().add(b.get().entry().id());
          break;
        }
        if (b.isPresent() && relation.equals("PART_OF")) {
          f.parents().add(b.get().entry().id());
          break;
        }
        if (relation.equals("LED_BY") && personAt.containsKey(t)) {
          f.leaders().add(personAt.get(t).name);
          break;
        }
      }
    }
    return facts;
  }

  /** Tokens inside a person's mention of two words or more ({@link PlaceRules.Rule#INSIDE_PERSON}). */
  private boolean[] insidePerson = new boolean[0];

  private boolean[] insidePersons(List<PersonExtractor.Found> people) {
    boolean[] inside = new boolean[doc.tokens.size()];
    for (PersonExtractor.Found f : people) {
      for (int[] m : f.mentions) {
        if (m[1] - m[0] >= 2) {
          java.util.Arrays.fill(inside, m[0], m[1], true);
        }
      }
    }
    return inside;
  }

  /**
   * The rule {@link PlaceRules.Rule#INSIDE_PERSON}: a place of one word inside a person's name
   * is no place mention: "ماينا كولو" (Maina Kolo) does not name Kolo.
   */
  private boolean insidePerson(Doc.Mention m) {
    return m.kind() == EntryKind.PLACE && m.end() - m.first() == 1 && m.first() < insidePerson.length
        && insidePerson[m.first()];
  }

  private void entities(Map<String, Facts> facts) {
    Map<String, List<Doc.Mention>> byEntry = new LinkedHashMap<>();
    List<Doc.Mention> all = new ArrayList<>();
    for (Doc.Mention m : doc.mentions()) {
      if (insidePerson(m)) {
        continue; // INSIDE_PERSON
      }
      Doc.Mention kept = countryOfCompassRegion(m).or(() -> countryOfBorder(m)).orElse(withoutPlaceNoun(m));
      if (kept.entry() != m.entry()) {
        replacedBy.put(m.entry().id(), kept.entry().id()); // events name the region's country
      }
      all.add(kept);
    }
    all.addAll(embedded);
    all.sort(java.util.Comparator.comparingInt(Doc.Mention::first));
    for (Doc.Mention m : all) {
      EntryKind k = m.kind();
      if (k == EntryKind.GROUP || k == EntryKind.PLACE || k == EntryKind.COUNTRY
          || k == EntryKind.ORGANIZATION || k == EntryKind.OUTLET) {
        byEntry.computeIfAbsent(m.entry().id(), x -> new ArrayList<>()).add(m);
      }
    }
    for (List<Doc.Mention> ms : byEntry.values()) {
      KnowledgeEntry e = ms.get(0).entry();
      List<Span> spans = ms.stream().map(Doc.Mention::span).toList();
      if (e instanceof GroupEntry g) {
        String id = "g" + (groupIds.size() + 1);
        groupIds.put(g.id(), id);
        List<String> aliases = new ArrayList<>(g.aliases());
        aliases.addAll(g.acronyms());
        Facts said = facts.getOrDefault(g.id(), Facts.empty());
        java.util.Set<String> allegiances = new java.util.LinkedHashSet<>(g.allegiance().stream().toList());
        allegiances.addAll(said.allegiances());
        java.util.Set<String> leaders = new java.util.LinkedHashSet<>(said.leaders());
        leaders.addAll(g.leaders());
        Optional<String> parent = g.parent().or(() -> said.parents().stream().findFirst());
        analysis.addGroups(ImmutableGroup.builder().id(id).canonicalId(g.id()).name(g.name())
            .nameEn(englishName(g)).aliases(aliases).kind(g.kind())
            .parentCanonicalId(parent).allegianceCanonicalIds(allegiances)
            .leaders(leaders).mentions(spans)
            .provenance(groupProvenance(g, said)).build());
      } else if (e instanceof PlaceEntry p) {
        String id = "pl" + (placeIds.size() + 1);
        placeIds.put(p.id(), id);
        // GeoNames' Arabic names are sometimes odd spellings (ئاممان for Amman): such a place
        // is named as the article writes it
        String name = p.fromGeoNames() ? ms.get(0).span().text() : p.name();
        ImmutablePlace.Builder b = ImmutablePlace.builder().id(id).canonicalId(p.id())
            .name(name).nameEn(englishName(p)).kind(p.kind())
            .countryCode(ms.get(0).country().or(p::country)).adminParent(p.admin1())
            .mentions(spans).provenance(Provenance.of(
                placeRules.getOrDefault(p.id(), List.of(Extractor.GAZETTEER_RULE)),
                p.id().startsWith(PlaceRules.TEXT_ID_PREFIX) ? CREATED_PLACE_CONFIDENCE : KNOWN_PLACE_CONFIDENCE));
        if (p.latitude().isPresent() && p.longitude().isPresent()) {
          b.coordinates(Place.Coordinates.of(p.latitude().getAsDouble(), p.longitude().getAsDouble()));
        }
        analysis.addPlaces(b.build());
      } else if (e instanceof OrganizationEntry o) {
        String id = "o" + (organizationIds.size() + 1);
        organizationIds.put(o.id(), id);
        analysis.addOrganizations(ImmutableOrganization.builder().id(id).canonicalId(o.id())
            .name(o.name()).nameEn(englishName(o)).kind(o.kind())
            .countryCode(ms.get(0).country().or(o::country)).mentions(spans)
            .provenance(Provenance.of(Extractor.GAZETTEER_RULE, ORGANIZATION_CONFIDENCE)).build());
      }
    }
  }

  /** A group's provenance: the gazetteer, the relations said of it, the rules that resolved it. */
  private Provenance groupProvenance(GroupEntry g, Facts said) {
    String first = said.equals(Facts.empty()) ? "entities/gazetteer" : "entities/gazetteer+relations";
    List<String> rules = new ArrayList<>(List.of(first));
    placeRules.getOrDefault(g.id(), List.of()).stream()
        .filter(r -> !r.equals(Extractor.GAZETTEER_RULE)).forEach(rules::add);
    return rules.size() == 1 ? Provenance.of(first, GROUP_CONFIDENCE) : Provenance.of(rules, GROUP_CONFIDENCE);
  }

  /**
   * "شمال مالي" (northern Mali) names Mali, the place an analyst codes: a region made of a
   * compass word and a country becomes that country, its mention the country's name.
   */
  private Optional<Doc.Mention> countryOfCompassRegion(Doc.Mention m) {
    if (!(m.entry() instanceof PlaceEntry p) || p.kind() != io.github.rasd.model.PlaceKind.REGION
        || m.end() - m.first() < 2 || doc.tokens.get(m.first()).segmentations().stream() // "وجنوب لبنان" too
            .noneMatch(s -> !s.definite() && lexicons.words.in(Words.WordList.COMPASS, s.stem()))) {
      return Optional.empty();
    }
    int last = m.end() - 1;
    for (var seg : doc.tokens.get(last).segmentations()) {
      Optional<KnowledgeEntry> country = knowledge.lookup(seg.stemWithArticle()).stream()
          .filter(e -> e.entryKind() == EntryKind.COUNTRY).findFirst();
      if (country.isPresent()) {
        return Optional.of(new Doc.Mention(last, last + 1, country.get(), doc.stemSpan(last, seg),
            country.get().country()));
      }
    }
    return Optional.empty();
  }

  /**
   * {@link PlaceRules.Rule#BORDER_COUNTRY}: "الحدود النيجرية" (the Nigerien border) names
   * Niger, the place an analyst codes.
   */
  private Optional<Doc.Mention> countryOfBorder(Doc.Mention m) {
    if (!(m.entry() instanceof PlaceEntry p)) {
      return Optional.empty();
    }
    return PlaceRules.borderCountry(p, knowledge).map(c -> {
      List<String> rules = new ArrayList<>(List.of(Extractor.GAZETTEER_RULE, PlaceRules.Rule.BORDER_COUNTRY.id()));
      placeRules.merge(c.id(), rules, (a, b) -> {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return all;
      });
      int last = m.end() - 1; // the mention is the country's word: النيجرية, النيجر
      return new Doc.Mention(last, m.end(), c, doc.tokens.get(last).span(), c.country());
    });
  }

  /**
   * "منطقة ميناكا" → "ميناكا": the mention of a place named with its generic noun (area,
   * governorate, town) keeps only the name, as analysts and gazetteers write it.
   */
  private Doc.Mention withoutPlaceNoun(Doc.Mention m) {
    if (!(m.entry() instanceof PlaceEntry) || m.end() - m.first() < 2) {
      return m;
    }
    var seg = doc.tokens.get(m.first()).segmentations().get(0);
    Optional<PlaceNouns.Noun> noun = PlaceNouns.bundled().of(seg.stem());
    if (noun.isEmpty() || noun.get().includesNoun() || seg.definite()) {
      return m;
    }
    int start = doc.tokens.get(m.first() + 1).span().start();
    Span name = Span.of(doc.article.text(), start, m.span().end());
    return new Doc.Mention(m.first() + 1, m.end(), m.entry(), name, m.country());
  }

  private Optional<String> entityId(Doc.Mention m) {
    if (m == null) {
      return Optional.empty();
    }
    String id = replacedBy.getOrDefault(m.entry().id(), m.entry().id());
    return Optional.ofNullable(groupIds.containsKey(id) ? groupIds.get(id)
        : organizationIds.containsKey(id) ? organizationIds.get(id) : placeIds.get(id));
  }

  private void persons(List<PersonExtractor.Found> people) {
    int n = 0;
    for (PersonExtractor.Found p : people) {
      String id = "p" + (++n);
      personIds.put(p, id);
      ImmutablePerson.Builder b = ImmutablePerson.builder().id(id).name(p.name)
          .titles(p.titles).nationality(Optional.ofNullable(p.nationality))
          .provenance(Provenance.of(p.rules(), PERSON_CONFIDENCE));
      java.util.Set<String> roles = new java.util.LinkedHashSet<>();
      if (p.role != null) {
        roles.add(p.role); // the speaker's role first, then the other mentions' (roles-of-all-mentions)
      }
      roles.addAll(p.roles);
      b.addAllRoles(roles);
      entityId(p.affiliation).filter(x -> !x.startsWith("pl")).ifPresent(b::addAffiliationIds);
      p.mentions.stream().sorted((x, y) -> Integer.compare(x[0], y[0]))
          .forEach(m -> b.addMentions(PersonExtractor.Found.spanOf(doc, m)));
      analysis.addPersons(b.build());
    }
  }

  private void claims(List<ClaimExtractor.Found> said) {
    int n = 0;
    for (ClaimExtractor.Found c : said) {
      claimIds.put(c, "c" + (++n));
    }
    for (ClaimExtractor.Found c : said) {
      ImmutableSpeaker.Builder speaker = ImmutableSpeaker.builder().kind(c.speakerKind)
          .personId(Optional.ofNullable(personIds.get(c.person))).role(Optional.ofNullable(c.role));
      if (c.speakerStem != null) {
        speaker.text(c.speakerStem.text()).span(c.speakerStem); // "لمصدر أمني" is "مصدر أمني"
      } else if (c.speakerFirst >= 0 && c.speakerEnd > c.speakerFirst && c.speakerFirst < c.cueFirst + 40) {
        Span s = doc.span(c.speakerFirst, c.speakerEnd);
        speaker.text(s.text()).span(s);
      } else {
        speaker.text(c.speakerText == null ? "" : c.speakerText);
      }
      if (c.speakerEntity != null) {
        Optional<String> id = entityId(c.speakerEntity);
        if (c.speakerEntity.kind() == EntryKind.GROUP) {
          speaker.groupId(id);
        } else {
          speaker.organizationId(id);
        }
      }
      Span cue = doc.span(c.cueFirst, c.cueEnd);
      ImmutableClaim.Builder b = ImmutableClaim.builder().id(claimIds.get(c)).kind(c.kind)
          .cue(cue.text()).cueSpan(cue)
          .speaker(speaker.build()).content(doc.span(c.contentFirst, c.contentEnd))
          .parentClaimId(Optional.ofNullable(claimIds.get(c.parent)))
          .provenance(Provenance.of(c.rules, c.speakerKind == Claim.Speaker.Kind.UNKNOWN
              ? UNKNOWN_SPEAKER_CLAIM_CONFIDENCE : CLAIM_CONFIDENCE));
      if (c.channel != null) {
        // "لوكالة رويترز" (to Reuters): the channel is written without its preposition; a
        // letter that only looks like a conjunction stays ("فرانس برس" is not ف + "رانس")
        var first = doc.tokens.get(c.channel.first()).segmentations().get(0);
        Span ch = doc.stemSpan(c.channel.first(), first);
        Span full = c.channel.span();
        Span text = full.start() >= ch.start() || first.preposition().isEmpty() ? full
            : Span.of(doc.article.text(), ch.start(), Math.max(ch.end(), full.end()));
        b.channel(ImmutableChannel.builder().text(text.text()).span(text)
            .organizationId(entityId(c.channel)).build());
      }
      claimRecords.add(b.build());
    }
    analysis.addAllClaims(claimRecords);
  }

  /** Ids of the claims whose content contains {@code evidence}; claims are in text order. */
  private List<String> claimsCovering(Span evidence) {
    List<String> ids = new ArrayList<>();
    int k = firstClaimAfter(evidence.start());
    // contents end within a sentence or a quotation: the claims that can contain the
    // evidence start shortly before it
    for (int i = k - 1; i >= 0 && k - i <= NEARBY_CLAIMS; i--) {
      Claim c = claimRecords.get(i);
      if (c.content().contains(evidence)) {
        ids.add(0, c.id());
      }
    }
    return ids;
  }

  /** Index of the first claim whose cue or content starts after {@code offset}. */
  private int firstClaimAfter(int offset) {
    int lo = 0;
    int hi = claimRecords.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start(claimRecords.get(mid)) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int start(Claim c) {
    return Math.min(c.content().start(), c.cueSpan().map(Span::start).orElse(Integer.MAX_VALUE));
  }

  private void events(List<EventExtractor.Found> incidents) {
    int n = 0;
    for (EventExtractor.Found e : incidents) {
      Span trigger = doc.span(e.triggerFirst, e.triggerEnd);
      int end = e.clauseEnd;
      while (end > e.clauseFirst + 1 && doc.isPunct(end - 1)) {
        end--;
      }
      Span evidence = doc.span(e.clauseFirst, end);
      ImmutableEvent.Builder b = ImmutableEvent.builder().id("e" + (++n)).type(e.type)
          .status(e.status).trigger(trigger).evidence(evidence)
          .date(e.date.map(d -> e.dateCarried ? withoutSpan(d) : d))
          .killed(Optional.ofNullable(e.killed)).injured(Optional.ofNullable(e.injured))
          .arrested(Optional.ofNullable(e.arrested))
          .claimIds(claimsCovering(trigger))
          .provenance(Provenance.of(e.rules, e.date.isPresent() && !e.places.isEmpty()
              ? ANCHORED_EVENT_CONFIDENCE : UNANCHORED_EVENT_CONFIDENCE));
      tollFigures(e, b);
      e.places.forEach(p -> entityId(p).ifPresent(b::addPlaceIds));
      for (Doc.Mention g : e.groups) {
        Optional<String> id = entityId(g);
        id.ifPresent(b::addGroupIds);
        // "مقتل 10 من عناصر داعش": a group named inside the toll lost, it did not strike
        boolean lost = e.victims.stream().anyMatch(v -> g.span().start() >= v.start()
            && g.span().start() - v.end() <= VICTIM_GROUP_REACH);
        Participant.Role role = lost ? Participant.Role.VICTIM
            : e.targetGroups.contains(g) ? Participant.Role.TARGET : Participant.Role.PERPETRATOR;
        b.addParticipants(ImmutableParticipant.builder()
            .role(role)
            .refId(id).text(g.span().text()).span(g.span()).build());
      }
      for (Span v : e.victims) {
        b.addParticipants(ImmutableParticipant.builder().role(Participant.Role.VICTIM)
            .text(v.text()).span(v).build());
      }
      if (e.target != null) {
        b.addParticipants(ImmutableParticipant.builder().role(Participant.Role.TARGET)
            .text(e.target.text()).span(e.target).build());
      }
      for (Doc.Mention f : e.forces) {
        b.addParticipants(ImmutableParticipant.builder().role(Participant.Role.SECURITY_FORCE)
            .refId(entityId(f)).text(f.span().text()).span(f.span()).build());
      }
      analysis.addEvents(b.build());
    }
  }

  /** Competing figures of an event, each with its clause and claim, and their low/best/high. */
  private void tollFigures(EventExtractor.Found e, ImmutableEvent.Builder b) {
    List<Long> killed = new ArrayList<>();
    for (EventExtractor.Figure f : e.competingFigures) {
      Span clause = doc.span(f.clauseFirst(), f.clauseEnd());
      b.addTollFigures(io.github.rasd.model.ImmutableTollFigure.builder().kind(f.kind())
          .count(f.count()).evidence(clause)
          .claimId(claimsCovering(clause).stream().findFirst()).build());
      if (f.kind() == io.github.rasd.model.TollFigure.Kind.KILLED) {
        f.count().min().ifPresent(killed::add);
      }
    }
    if (killed.size() >= 2) {
      b.killedRange(io.github.rasd.model.ImmutableTollRange.builder()
          .low(java.util.Collections.min(killed)).best(killed.get(0))
          .high(java.util.Collections.max(killed)).build());
    }
  }

  private DateRange withoutSpan(DateRange d) {
    return ImmutableDateRange.copyOf(d).withSpan(Optional.empty());
  }

  private void forces(List<ForceExtractor.Found> sizes) {
    int n = 0;
    ForceExtractor.Found previous = null;
    List<String> previousClaims = List.of();
    for (ForceExtractor.Found f : sizes) {
      Span evidence = doc.span(f.first, f.end);
      List<String> rules = new ArrayList<>(f.rules);
      List<String> claims = claimsCovering(f.figure.span());
      List<String> estimator = claimOfEstimator(f);
      if (!estimator.isEmpty() && !claims.containsAll(estimator)) {
        claims = estimator;
        rules.add("forces/claim-estimator");
      } else if (!claims.isEmpty()) {
        rules.add("forces/claim-covering");
      } else {
        claims = followingAccordingTo(f);
        if (!claims.isEmpty()) {
          rules.add("forces/claim-following");
        } else if (inSeries(previous, f) && !previousClaims.isEmpty()) {
          claims = previousClaims;
          rules.add("forces/claim-of-series");
        }
      }
      previous = f;
      previousClaims = claims;
      ImmutableForceEstimate.Builder b = ImmutableForceEstimate.builder().id("f" + (++n))
          .groupId(entityId(f.group)).count(f.figure.count()).unit(f.unit)
          .evidence(evidence).claimIds(claims)
          .asOf(f.asOf.isPresent() ? f.asOf : doc.anchor.map(d -> DateRange.day(d, d.toString())))
          .provenance(Provenance.of(rules, f.group != null ? FORCE_WITH_GROUP_CONFIDENCE : FORCE_WITHOUT_GROUP_CONFIDENCE));
      f.places.forEach(p -> entityId(p).ifPresent(b::addPlaceIds));
      analysis.addForceEstimates(b.build());
    }
  }

  /**
   * Rule {@code forces/claim-estimator}: the claim whose cue governs the estimate's clause is the
   * one the estimate rests on, even when that claim's content does not hold the figure or
   * another claim's does (a postposed "وفق التقديرات" closing the sentence): "ويقدر
   * خبراء عدد مقاتلي التنظيم بنحو خمسة آلاف" (experts put the organisation's fighters at about
   * five thousand) rests on the experts. The cue stands in the estimate's sentence at most
   * {@link #ESTIMATOR_REACH} tokens before it, no comma between; the nearest such cue wins.
   */
  private List<String> claimOfEstimator(ForceExtractor.Found f) {
    String best = null;
    int bestToken = -1;
    for (Claim c : claimRecords) {
      if (c.cueSpan().isEmpty()) {
        continue;
      }
      int cue = doc.tokenAtOriginal(c.cueSpan().get().start());
      if (cue >= f.first || f.first - cue > ESTIMATOR_REACH || doc.sentenceOf(cue) != f.sentence
          || cue <= bestToken) {
        continue;
      }
      boolean comma = false;
      for (int i = cue + 1; i < f.first && !comma; i++) {
        comma = doc.isPunct(i, "،", ",");
      }
      if (!comma) {
        best = c.id();
        bestToken = cue;
      }
    }
    return best == null ? List.of() : List.of(best);
  }

  /**
   * Rule {@code forces/claim-of-series}: an estimate that no claim covers, in the sentence of the
   * estimate before it or the next one, with no claim cue between, goes on the series of its
   * source: "وأضاف التقرير أن الجماعة تضم نحو 6500 عنصر. أما جماعة أنصار الإسلام فيقدر تعداد
   * مقاتليها بنحو 600 مقاتل" (the report added that the group has about 6,500 members. As for
   * Ansarul Islam, its fighters are put at about 600): the report.
   */
  private boolean inSeries(ForceExtractor.Found previous, ForceExtractor.Found f) {
    if (previous == null || f.sentence - previous.sentence > 1) {
      return false;
    }
    int from = previous.figure.span().end();
    int to = f.figure.span().start();
    return claimRecords.stream().noneMatch(c -> c.cueSpan().isPresent()
        && c.cueSpan().get().start() >= from && c.cueSpan().get().start() < to);
  }

  /** "..., بحسب الخبراء" closing the paragraph covers the estimates before it. */
  private List<String> followingAccordingTo(ForceExtractor.Found f) {
    int from = firstClaimAfter(f.figure.span().end());
    for (Claim c : claimRecords.subList(Math.max(0, from - 1),
        Math.min(claimRecords.size(), from + NEARBY_CLAIMS))) {
      if (c.kind() == Claim.Kind.ACCORDING_TO && c.cueSpan().isPresent()
          && c.cueSpan().get().start() > f.figure.span().end()) {
        int cueSentence = doc.sentenceOf(doc.tokenAtOriginal(c.cueSpan().get().start()));
        if (cueSentence - f.sentence <= 1) {
          return List.of(c.id());
        }
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * An entry's English name, none when it has none: a place that GeoNames or a place rule gives
   * without one is {@code "nameEn": null} in the JSON, never {@code ""}.
   */
  private static Optional<String> englishName(KnowledgeEntry e) {
    String name = e.englishName();
    return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
  }
}
