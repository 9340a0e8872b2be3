package io.github.rasd.parsers.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inflected forms of a lexicon phrase whose words are written as a lemma and a paradigm
 * class, generated once when a lexicon loads: a row {@code "هجوم{N|هجمات} صاروخي{A}"} stands for
 * "هجوم صاروخي" (a missile attack), "هجوما صاروخيا", "هجومين صاروخيين", "هجمات صاروخية"… and a
 * row {@code "لقي{V} حتف{P}"} for "لقي حتفه" (he met his death), "لقيا حتفهما" (the two met
 * their death), "لقوا حتفهم"… A lexicon then lists a word once instead of its surface forms, and
 * a form nobody thought to write ("صاروخي", the dual pronoun) is there.
 *
 * <p>The grammar of a phrase: words separated by spaces; a word is either written as it stands
 * (it matches as written), or {@code lemma{CLASS}} or {@code lemma{CLASS|extra|extra…}}. The
 * phrase stands for every combination of the forms of its words (the words are not made to
 * agree: a combination that Arabic does not write never occurs in text and costs one table
 * entry). The classes:
 *
 * <ul>
 *   <li>{@code N}, a noun or masdar, the lemma its indefinite singular: the accusative in ـا
 *       ("هجوما"; not after ة ى ا ء), the dual nominative ـان and oblique ـين (ة becomes ت:
 *       "غارتان"، "غارتين"), the possessive pronouns ـه ـها ـهم ـهما ـهن ("مقتله"، "اختطافهم").
 *       Extras are its plurals: a broken plural written out ("هجمات"، "كمائن"), {@code ات} for the
 *       sound feminine plural ("غارة" → "غارات"), {@code ون} for the sound masculine plural
 *       with its oblique and construct forms ("مسلح" → "مسلحون"، "مسلحين"، "مسلحو"، "مسلحي");
 *       plurals take no pronoun: "هجماته" (its attacks) is what a group does in general, "هجومه" (its
 *       attack) one act. The extra {@value #NO_PRONOUNS} keeps the singular's pronouns out too:
 *       the normalizer folds ة into ه, so "مسلحه" (his gunman) would be "مسلحة" (armed, f.).
 *   <li>{@code A}, an adjective, nisba adjectives included, the lemma its masculine singular:
 *       accusative ـا, feminine ـة, duals ـان ـين ـتان ـتين, plurals ـون ـين ـات
 *       ("صاروخي" → "صاروخيا"، "صاروخية"، "صاروخيين"، "صاروخيات"…); extras are broken plurals.
 *   <li>{@code P}, a noun that is only written with a possessive pronoun agreeing with the
 *       subject: "حتف" → "حتفه"، "حتفها"، "حتفهم"، "حتفهما"، "حتفهن" (the bare lemma is no form).
 *   <li>{@code V}, a verb, the lemma its perfect third person masculine singular: the perfect
 *       persons ـت ـوا ـا ـتا ـن ـنا ـتم ("قتلت"، "قتلوا"، "قتلا"، "قتلنا"); extras beginning
 *       with ي are imperfect stems (third person masculine singular, "يقتل"), giving the prefixes
 *       ي ت ن and the endings ـون ـان ـن ـوا ("تقتل"، "يقتلون"، "يقتلان"); other extras are
 *       further perfect stems, the passive of the forms whose passive has other letters ("هوجم"
 *       beside "هاجم", "أصيب" beside "أصاب"); the passive of the other forms has the active's
 *       letters, since the normalizer removes harakat ("قُتل" is "قتل"). A final ى is a
 *       defective verb in a ("أردى" → "أردت"، "أردوا"، "أرديا"; "يتصدى" → "يتصدون"), a final ي
 *       after the root one in i ("لقي" → "لقيت"، "لقوا"، "لقيا"). Flag extra {@code +O}: the
 *       perfect also takes the object pronouns ـه ـها ـهم ـهما ـهن ("أرداه"، "أردوه"، "اعتقلهم");
 *       the imperfect does not: with an object it mostly describes ("الرهائن الذين كانت
 *       تحتجزهم", the hostages it was holding) rather than tells an act.
 * </ul>
 *
 * <p>An extra beginning with {@code -} removes a form that is another word ({@code
 * "فجر{V|يفجر|-فجرا}"}: "فجرا" is "at dawn", not "the two detonated"). The clitics و ف ب ل ك
 * and the article ال are not generated: the tokenizer's segmenter strips them from the text
 * ({@link CliticSegmenter}), so "وهجوما" and "بالهجوم" match the form "هجوما" and "هجوم".
 *
 * <p>A phrase with no braces stands for itself. A phrase expands to at most {@value
 * #MAX_FORMS} forms; a bad class or a phrase that would give more fails with a message naming
 * the word. Stateless and thread-safe.
 *
 * @since 0.6.0
 */
public final class Paradigms {

  /** Most forms one phrase expands to: a bound on the cross product of its words' forms. */
  public static final int MAX_FORMS = 2000;

  /** The possessive (and object) pronouns news prose attaches: his, her, their, their two, their (f.). */
  private static final List<String> PRONOUNS = List.of("ه", "ها", "هم", "هما", "هن");

  /** Perfect endings after a sound stem: he, she, they, the two, the two (f.), they (f.), we, you. */
  private static final List<String> PERFECT = List.of("", "ت", "وا", "ا", "تا", "ن", "نا", "تم");

  /**
   * Imperfect person prefixes: he, she / you, we. Not the first person singular: news prose
   * rarely has it, and "أ" + stem is often a perfect of form IV ("أردي" is "أردى", he shot dead).
   */
  private static final List<String> IMPERFECT_PREFIXES = List.of("ي", "ت", "ن");

  /** Imperfect prefixes of the third person: he, she (they, the two): "يستهدف", "تستهدف". */
  private static final List<String> THIRD_PERSON_PREFIXES = List.of("ي", "ت");

  /**
   * Whether {@code stem} opens as an imperfect verb of the third person ("يستهدف", "تستهدف"), by
   * its first letter alone: a cue around it (a form of كان before it) must make it a verb.
   */
  public static boolean thirdPersonImperfect(String stem) {
    return THIRD_PERSON_PREFIXES.stream().anyMatch(stem::startsWith);
  }

  /** Imperfect endings after a sound stem: singular, plural, dual, feminine plural, subjunctive plural. */
  private static final List<String> IMPERFECT = List.of("", "ون", "ان", "ن", "وا");

  /**
   * The extra that keeps a noun's possessive pronouns out: a noun of persons ("مسلح") whose ـه form
   * is, once the normalizer folds ة into ه, its feminine adjective ("مسلحه" is "مسلحة", armed).
   */
  public static final String NO_PRONOUNS = "-PRON";

  private static final char TEH_MARBUTA = ArabicNormalizer.TEH_MARBUTA;
  private static final char ALEF_MAQSURA = 'ى';
  private static final char YEH = 'ي';

  private Paradigms() {}

  /** Why a paradigm phrase is rejected. */
  public static final class BadParadigmException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadParadigmException(String message) {
      super(message);
    }
  }

  /**
   * True when {@code phrase} has a word written with a paradigm class.
   *
   * @param phrase a lexicon phrase
   * @return whether {@link #expand} gives more than the phrase itself
   */
  public static boolean isParadigm(String phrase) {
    return phrase.indexOf('{') >= 0;
  }

  /**
   * The forms a lexicon phrase stands for, the lemma's form first, each written as the lexicon
   * writes it (not normalized), without duplicates.
   *
   * @param phrase a phrase of the grammar above
   * @return its forms; the phrase itself when it has no paradigm word
   * @throws BadParadigmException for an unknown class, an unclosed brace, or too many forms
   */
  public static List<String> expand(String phrase) {
    if (!isParadigm(phrase)) {
      return List.of(phrase);
    }
    List<String> out = List.of("");
    for (String word : phrase.trim().split("\\s+")) {
      Set<String> forms = word(word);
      List<String> next = new ArrayList<>(out.size() * forms.size());
      for (String head : out) {
        for (String f : forms) {
          next.add(head.isEmpty() ? f : head + " " + f);
        }
      }
      if (next.size() > MAX_FORMS) {
        throw new BadParadigmException("'" + phrase + "' gives more than " + MAX_FORMS + " forms");
      }
      out = next;
    }
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** The forms of one word of a phrase. */
  private static Set<String> word(String word) {
    int open = word.indexOf('{');
    if (open < 0) {
      return Set.of(word);
    }
    if (!word.endsWith("}") || open == 0) {
      throw new BadParadigmException("'" + word + "': expected lemma{CLASS|extra…}");
    }
    String lemma = word.substring(0, open);
    String[] parts = word.substring(open + 1, word.length() - 1).split("\\|");
    List<String> extras = new ArrayList<>();
    Set<String> removed = new LinkedHashSet<>();
    boolean objects = false;
    boolean pronouns = true;
    for (int k = 1; k < parts.length; k++) {
      if (parts[k].equals("+O")) {
        objects = true;
      } else if (parts[k].equals(NO_PRONOUNS)) {
        pronouns = false;
      } else if (parts[k].startsWith("-")) {
        removed.add(parts[k].substring(1));
      } else if (!parts[k].isEmpty()) {
        extras.add(parts[k]);
      }
    }
    Set<String> forms = new LinkedHashSet<>();
    switch (parts[0].toUpperCase(Locale.ROOT)) {
      case "N" -> noun(lemma, extras, pronouns, forms);
      case "A" -> adjective(lemma, extras, forms);
      case "P" -> possessives(lemma, forms);
      case "V" -> verb(lemma, extras, objects, forms);
      default -> throw new BadParadigmException("'" + word + "': class '" + parts[0]
          + "' is not N, A, P or V");
    }
    for (String r : removed) {
      if (!forms.remove(r)) {
        throw new BadParadigmException("'" + word + "': '-" + r + "' is no form of the paradigm");
      }
    }
    return forms;
  }

  /** A noun: singular, accusative, duals, pronouns, and the plurals of {@code extras}. */
  private static void noun(String lemma, List<String> extras, boolean pronouns, Set<String> forms) {
    forms.add(lemma);
    if (takesAccusativeAlef(lemma)) {
      forms.add(lemma + "ا");
    }
    String bound = bound(lemma);
    forms.add(bound + "ان");
    forms.add(bound + "ين");
    if (pronouns) {
      possessives(lemma, forms);
    }
    for (String plural : extras) {
      switch (plural) {
        case "ات" -> {
          String p = stripTehMarbuta(lemma) + "ات";
          forms.add(p);
        }
        case "ون" -> {
          forms.add(lemma + "ون");
          forms.add(lemma + "ين");
          forms.add(lemma + "و"); // construct: "مسلحو القبيلة"
          forms.add(lemma + "ي");
        }
        default -> {
          forms.add(plural); // no accusative alef: broken plurals are mostly diptotes ("كمائن")
        }
      }
    }
  }

  /** An adjective: masculine, feminine, dual and plural, and broken plurals of {@code extras}. */
  private static void adjective(String lemma, List<String> extras, Set<String> forms) {
    forms.add(lemma);
    if (takesAccusativeAlef(lemma)) {
      forms.add(lemma + "ا");
    }
    String fem = lemma + TEH_MARBUTA;
    forms.add(fem);
    forms.add(lemma + "ان");
    forms.add(lemma + "ين");
    forms.add(lemma + "تان");
    forms.add(lemma + "تين");
    forms.add(lemma + "ون");
    forms.add(lemma + "ات");
    forms.addAll(extras);
  }

  /** A verb: the perfect persons of the lemma and of further perfect stems, the imperfects. */
  private static void verb(String lemma, List<String> extras, boolean objects, Set<String> forms) {
    List<String> perfects = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    perfect(lemma, perfects);
    for (String e : extras) {
      if (e.charAt(0) == YEH && e.length() > 2) {
        imperfect(e, subjects);
      } else {
        perfect(e, perfects);
      }
    }
    subjects.addAll(0, perfects);
    forms.addAll(subjects);
    if (objects) {
      for (String s : perfects) {
        String base;
        if (s.endsWith("وا")) {
          base = s.substring(0, s.length() - 1); // "أردوا" + ه = "أردوه"
        } else if (s.charAt(s.length() - 1) == ALEF_MAQSURA) {
          base = s.substring(0, s.length() - 1) + "ا"; // "أردى" + ه = "أرداه"
        } else if (s.endsWith("تم")) {
          base = s + "و"; // "قتلتم" + ه = "قتلتموه"
        } else {
          base = s;
        }
        for (String p : PRONOUNS) {
          forms.add(base + p);
        }
      }
    }
  }

  private static void perfect(String stem, List<String> out) {
    char last = stem.charAt(stem.length() - 1);
    if (last == ALEF_MAQSURA) { // defective in a: "أردى"
      String root = stem.substring(0, stem.length() - 1);
      out.addAll(List.of(stem, root + "ت", root + "وا", root + "تا", root + "يا", root + "ين",
          root + "ينا", root + "يتم"));
    } else if (last == YEH && stem.length() > 2) { // defective in i: "لقي", "بقي"
      String root = stem.substring(0, stem.length() - 1);
      out.addAll(List.of(stem, stem + "ت", root + "وا", stem + "ا", stem + "تا", stem + "ن",
          stem + "نا", stem + "تم"));
    } else {
      for (String e : PERFECT) {
        out.add(stem + e);
      }
    }
  }

  private static void imperfect(String stem, List<String> out) {
    String core = stem.substring(1);
    char last = core.charAt(core.length() - 1);
    for (String prefix : IMPERFECT_PREFIXES) {
      if (last == ALEF_MAQSURA || last == YEH) { // "يتصدى", "يرمي"
        String root = core.substring(0, core.length() - 1);
        out.addAll(List.of(prefix + core, prefix + root + "ون", prefix + root + "يان",
            prefix + root + "ين", prefix + root + "وا"));
      } else {
        for (String e : IMPERFECT) {
          out.add(prefix + core + e);
        }
      }
    }
  }

  private static void possessives(String noun, Set<String> forms) {
    String bound = bound(noun);
    for (String p : PRONOUNS) {
      forms.add(bound + p);
    }
  }

  /** The stem a suffix attaches to: ة becomes ت ("غارة" → "غارت"), ى becomes ا ("قتلى" → "قتلا"). */
  private static String bound(String noun) {
    char last = noun.charAt(noun.length() - 1);
    if (last == TEH_MARBUTA) {
      return noun.substring(0, noun.length() - 1) + "ت";
    }
    if (last == ALEF_MAQSURA) {
      return noun.substring(0, noun.length() - 1) + "ا";
    }
    return noun;
  }

  private static String stripTehMarbuta(String noun) {
    return noun.charAt(noun.length() - 1) == TEH_MARBUTA ? noun.substring(0, noun.length() - 1) : noun;
  }

  /** The indefinite accusative is written with a final alef, except after ة ى ا ء. */
  private static boolean takesAccusativeAlef(String noun) {
    char last = noun.charAt(noun.length() - 1);
    return last != TEH_MARBUTA && last != ALEF_MAQSURA && last != 'ا' && last != 'ء';
  }
}
