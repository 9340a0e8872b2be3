package io.github.rasd.parsers.text.numbers;

import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import java.util.List;

/**
 * Finds every quantity in an Arabic text, with its span in the original text.
 *
 * <p>It reads digits in every digit system ({@code "1700"}, {@code "١٧٠٠"}, {@code "۱۷۰۰"}),
 * thousands separators ({@code "1,700"}, {@code "1.700"}, {@code "1 700"}), decimals ({@code
 * "1.5"}, {@code "1٫5"}), percentages ({@code "20%"}, {@code "20 بالمئة"}), number words in
 * every gender and case ({@code "ثلاثة وعشرون"} twenty-three, {@code "ثلاث مئة"} three hundred,
 * {@code "ألف وتسعمائة"} nineteen hundred), scales ({@code "4 آلاف"} four thousand, {@code "1.5
 * مليون"}), fractions ({@code "مليون ونصف"} a million and a half), ordinals ({@code "الحادي
 * عشر"} the eleventh), duals of counted nouns ({@code "جنديين"} two soldiers), hedges and bounds
 * ({@code "نحو"} about, {@code "أكثر من"} more than, {@code "ما لا يقل عن"} no less than,
 * {@code "بين 10 و20"} between 10 and 20) and vague quantities ({@code "عشرات"} dozens, {@code
 * "عشرات الآلاف"} tens of thousands, {@code "عدة"} several, {@code "عدد كبير"} a large number).
 * Clitics on the first word are read and left out of the span: {@code "بنحو 1700"} gives the
 * span {@code "نحو 1700"}. Also: و written apart ({@code "سبعة و أربعون"} forty-seven), zero
 * ({@code "صفر"}), the decimal word ({@code "2 فاصلة 5"} 2.5), fractions with a slash in every
 * digit system ({@code "٣/٤"}) and in words ({@code "ثلاثة أرباع"} three quarters), negatives
 * ({@code "-3.5"}), a hedge before a detached article ({@code "ما يقارب الـ90"}), and the scale
 * of a range's upper bound shared by its bare lower bound ({@code "بين 20 و31.5 ألف"} 20,000 to
 * 31,500). Figures of any size are exact ({@link Quantity#value()}); those beyond a {@code long}
 * have no count bounds. A number followed by a unit of measure ({@code "2000 كم"}, {@code
 * measure-units.txt}; {@code "م"} metres after a word of height or distance) is never a year.
 *
 * <p>Dates: numeric dates ({@code "1/4/2019"}, {@code "2019-04-01"}) are not quantities and are
 * skipped; days and years of written dates ({@code "1 أبريل 2019"}, {@code "عام 2016"}, {@code
 * "1440 هـ"}) are returned with {@link Quantity#partOfDate()} set, so that callers that count
 * drop them and {@code io.github.rasd.parsers.text.dates.DateParser} reads them.
 *
 * <p>The tables are the commented data files {@code number-words.txt}, {@code approximators.txt},
 * {@code vague.txt}, {@code counted-nouns.txt}, {@code counted-noun-stopwords.txt}, {@code
 * measure-units.txt} and {@code year-context.txt} in this package's resources, loaded once.
 * Instances are immutable and thread-safe; parsing is linear in the number of tokens.
 *
 * @since 0.1.0
 */
public final class NumberParser {

  private static final NumberParser STANDARD = new NumberParser(NumberLexicon.standard());

  private final NumberLexicon lexicon;

  private NumberParser(NumberLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The parser with the bundled tables (shared, thread-safe). */
  public static NumberParser standard() {
    return STANDARD;
  }

  /**
   * The quantities in {@code text}, in text order.
   *
   * @param text an Arabic text, as the caller has it (spans point into it)
   * @return the quantities, never null
   */
  public List<Quantity> parse(String text) {
    TextView view = ArabicNormalizer.standard().view(text);
    return parse(view, Tokenizer.standard().tokenize(view));
  }

  /**
   * The quantities in an already tokenized text, in text order.
   *
   * @param view the text and its normalized form
   * @param tokens the tokens of {@code view}, as {@link Tokenizer} makes them
   * @return the quantities, with spans in {@link TextView#original()}
   */
  public List<Quantity> parse(TextView view, List<Token> tokens) {
    return new NumberScanner(lexicon, view, tokens).scan();
  }
}
