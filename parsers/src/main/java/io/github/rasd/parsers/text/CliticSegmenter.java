package io.github.rasd.parsers.text;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.internal.Lookup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Light proclitic segmentation of normalized Arabic words (package-private engine of {@link
 * Tokenizer}).
 *
 * <p>Candidates are every split {@code [conjunction][preposition][article] stem} that the word's
 * letters allow: conjunction {@code و ف}, preposition {@code ب ل ك}, article {@code ال} (written
 * {@code لل} after {@code ل}). A candidate without the article needs a stem of at least {@value
 * #MIN_STEM} letters, one with the article at least {@value #MIN_DEFINITE_STEM}. They are ranked:
 *
 * <ol>
 *   <li>the whole word when it is a known word (bundled list {@value #KNOWN_WORDS_RESOURCE}),
 *       possibly with a pronoun or plural suffix ({@link #isKnownWord(String)});
 *   <li>analyses whose stem is a known word, shortest stem (longest prefixes) first;
 *   <li>definite analyses, shortest stem first;
 *   <li>indefinite analyses whose stem has at least {@value #LIKELY_STEM} letters;
 *   <li>the whole word;
 *   <li>indefinite analyses with shorter stems.
 * </ol>
 *
 * <p>Ties keep the order of generation, in which {@code ل + لجنه} comes before {@code ل + ال +
 * لجنه}: both read {@code "للجنة"} with the same stem, and proper nouns ({@code "لليبيا"}, "for
 * Libya") take no article. The whole word is always a candidate. Words longer than {@value #MAX_SEGMENTED_LENGTH} units
 * are not segmented (no Arabic word is that long; this bounds the work per token). Immutable and
 * thread-safe.
 */
final class CliticSegmenter {

  /** The bundled list of known words, relative to this class. */
  static final String KNOWN_WORDS_RESOURCE = "known-words.txt";

  /** Shortest stem kept after a conjunction or preposition without article. */
  static final int MIN_STEM = 2;
  /** Shortest stem ranked before the whole word when no article supports the split. */
  static final int LIKELY_STEM = 3;
  /** Shortest stem kept after the article. */
  static final int MIN_DEFINITE_STEM = 2;
  /** Longest word that is segmented at all. */
  static final int MAX_SEGMENTED_LENGTH = 40;

  private static final String WAW = "و";
  private static final String FEH = "ف";
  private static final String BEH = "ب";
  private static final String LAM = "ل";
  private static final String KAF = "ك";
  private static final String ARTICLE = "ال";
  private static final String LAM_ARTICLE = "لل";

  private static final String[] CONJUNCTIONS = {"", WAW, FEH};
  private static final String[] PREPOSITIONS = {"", BEH, LAM, KAF};

  /** Letters that may stand alone as a detached proclitic before a quote, number or Latin word. */
  private static final Set<String> DETACHABLE =
      Lookup.set(List.of(WAW, FEH, BEH, LAM, KAF, "وب", "ول", "وك", "فب", "فل", "فك"));

  private final Set<String> knownWords;

  CliticSegmenter(Set<String> knownWords) {
    this.knownWords = Lookup.set(knownWords);
  }

  /** Lazy holder of the segmenter built on the bundled known words. */
  private static final class StandardHolder {
    static final CliticSegmenter INSTANCE = new CliticSegmenter(loadKnownWords());
  }

  static CliticSegmenter standard() {
    return StandardHolder.INSTANCE;
  }

  /**
   * Pronoun, plural, dual and verb-ending suffixes under which a known word stays known:
   * {@code بلاده} ("his country") is {@code بلاد + ه}, {@code كانوا} ("they were") is {@code كان +
   * وا}. Longest first is not needed: every split is tried.
   */
  private static final List<String> SUFFIXES =
      List.of("ه", "ها", "هم", "هما", "هن", "ك", "كم", "ي", "نا", "ت", "تا", "تم", "ا", "ان", "ات",
          "ون", "ين", "وا", "ن");

  /** Longest suffix in {@link #SUFFIXES}, bounding the work per word. */
  private static final int MAX_SUFFIX_LENGTH = 3;

  /**
   * True when {@code stem} is a known word, or a known word followed by one suffix of {@link
   * #SUFFIXES}; a known word ending in heh (teh marbuta before normalization) takes its suffix
   * after teh ({@code ولايه} gives {@code ولايتي}, {@code ولايات}).
   */
  boolean isKnownWord(String stem) {
    if (knownWords.contains(stem)) {
      return true;
    }
    for (int cut = 1; cut <= MAX_SUFFIX_LENGTH && cut < stem.length(); cut++) {
      String suffix = stem.substring(stem.length() - cut);
      if (!SUFFIXES.contains(suffix)) {
        continue;
      }
      String base = stem.substring(0, stem.length() - cut);
      if (knownWords.contains(base)) {
        return true;
      }
      if (base.endsWith("ت") && knownWords.contains(base.substring(0, base.length() - 1) + "ه")) {
        return true;
      }
      if (suffix.startsWith("ا") && knownWords.contains(base + "ه")) {
        return true; // ولايه + ات = ولايات
      }
    }
    return false;
  }

  static boolean isDetachableClitic(String normalizedWord) {
    return DETACHABLE.contains(normalizedWord);
  }

  private static final class Candidate {
    final Segmentation segmentation;
    final int rank;
    final int order;

    Candidate(Segmentation segmentation, int rank, int order) {
      this.segmentation = segmentation;
      this.rank = rank;
      this.order = order;
    }
  }

  /**
   * All analyses of {@code word} (normalized, Arabic letters), most likely first; the whole word
   * is always among them.
   */
  List<Segmentation> segment(String word) {
    return analyse(word); // uncached: WordForms keeps them per word form
  }

  /** The analyses of {@code word}, ranked. */
  private List<Segmentation> analyse(String word) {
    Segmentation whole = Segmentation.whole(word);
    if (word.length() > MAX_SEGMENTED_LENGTH || word.length() <= MIN_STEM) {
      return List.of(whole);
    }
    List<Candidate> candidates = new ArrayList<>();
    candidates.add(new Candidate(whole, isKnownWord(word) ? -1 : 3, 0));
    if (PROCLITIC_LETTERS.indexOf(word.charAt(0)) < 0) {
      return List.of(whole); // no proclitic starts with this letter
    }
    for (PrefixForm f : PREFIX_FORMS) {
      if (!word.startsWith(f.prefixes())) {
        continue;
      }
      int min = f.definite() ? MIN_DEFINITE_STEM : MIN_STEM;
      addCandidate(candidates, word, f.conjunction(), f.preposition(), f.definite(),
          f.prefixes(), f.prefixes().length(), min);
      if (f.definite() && f.preposition().equals(LAM)) {
        // ل + ال + لجنة is written للجنة: the stem's own lam is the last letter written.
        addCandidate(candidates, word, f.conjunction(), f.preposition(), true, f.prefixes(),
            f.prefixes().length() - 1, min + 1);
      }
    }
    candidates.sort(Comparator.<Candidate>comparingInt(c -> c.rank)
        .thenComparingInt(c -> c.segmentation.stem().length())
        .thenComparingInt(c -> c.order));
    List<Segmentation> result = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      result.add(c.segmentation);
    }
    return List.copyOf(result);
  }

  private void addCandidate(List<Candidate> candidates, String word, String conjunction,
      String preposition, boolean definite, String prefixes, int stemOffset, int minStem) {
    String stem = word.substring(stemOffset);
    if (stem.length() < minStem) {
      return;
    }
    int rank;
    if (isKnownWord(stem)) {
      rank = 0;
    } else if (definite) {
      rank = 1;
    } else if (stem.length() >= LIKELY_STEM) {
      rank = 2;
    } else {
      rank = 4;
    }
    Segmentation s = new Segmentation(conjunction, preposition, definite, prefixes, stem);
    candidates.add(new Candidate(s, rank, candidates.size()));
  }

  /** One way proclitics combine: a conjunction, a preposition, the article, as written. */
  private record PrefixForm(String conjunction, String preposition, boolean definite, String prefixes) {}

  /** Every combination, built once, in the order the candidates were always tried. */
  private static final List<PrefixForm> PREFIX_FORMS = prefixForms();

  /** The first letters of every proclitic combination (و ف ب ل ك and the alef of ال). */
  private static final String PROCLITIC_LETTERS = firstLetters();

  private static List<PrefixForm> prefixForms() {
    List<PrefixForm> forms = new ArrayList<>();
    for (String conjunction : CONJUNCTIONS) {
      for (String preposition : PREPOSITIONS) {
        for (boolean definite : new boolean[] {false, true}) {
          if (!conjunction.isEmpty() || !preposition.isEmpty() || definite) {
            forms.add(new PrefixForm(conjunction, preposition, definite,
                prefixes(conjunction, preposition, definite)));
          }
        }
      }
    }
    return List.copyOf(forms);
  }

  private static String firstLetters() {
    StringBuilder letters = new StringBuilder();
    for (PrefixForm f : prefixForms()) {
      char c = f.prefixes().charAt(0);
      if (letters.indexOf(String.valueOf(c)) < 0) {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  private static String prefixes(String conjunction, String preposition, boolean definite) {
    if (!definite) {
      return conjunction + preposition;
    }
    return conjunction + (preposition.equals(LAM) ? LAM_ARTICLE : preposition + ARTICLE);
  }

  /**
   * Reads the bundled known words. Format: one word per line, anything after {@code #} is a
   * comment (gloss and source), blank lines ignored; each word must be Arabic letters only after
   * normalization.
   */
  static Set<String> loadKnownWords() {
    Set<String> words = new HashSet<>();
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    for (DataFile.Line line : DataFile.read(CliticSegmenter.class, KNOWN_WORDS_RESOURCE)) {
      String entry = line.field(0);
      String word = normalizer.normalize(entry);
      if (!isArabicWord(word)) {
        throw line.error("not a single Arabic word: " + entry);
      }
      if (!words.add(word)) {
        throw line.error("duplicate word: " + entry);
      }
    }
    return words;
  }

  private static boolean isArabicWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (CharClass.of(cp) != CharClass.ARABIC_LETTER) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
