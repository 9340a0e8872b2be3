package io.github.rasd.parsers.text.dates;

import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import io.github.rasd.parsers.text.numbers.NumberParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the time expressions of an Arabic text and the days they denote.
 *
 * <p>It reads Gregorian months in the Egyptian/Gulf ({@code "أبريل"}), Levantine ({@code
 * "نيسان"}) and Maghrebi ({@code "أفريل"}) names, also paired ({@code "نيسان/أبريل"}, {@code
 * "آذار (مارس)"}); Hijri months and years ({@code "15 رمضان 1440 هـ"}), converted with ICU4J's
 * Umm al-Qura calendar; years ({@code "عام 2016"}, {@code "2016م"}); numeric dates day first
 * ({@code "1/4/2019"}) and year first ({@code "2019-04-01"}); ordinal days ({@code "الأول من
 * أبريل"}); parts of months and years ({@code "نهاية مارس"} the end of March = days 21..31,
 * {@code "مطلع 2016"} = January..April); seasons ({@code "صيف 2016"}); decades ({@code
 * "التسعينيات"}); ranges ({@code "بين 2014 و2016"}, {@code "من 1 إلى 3 أبريل"}); and, against
 * the anchor (the publication date), relative expressions: {@code "أمس"} (yesterday), {@code
 * "فجر اليوم"} (at dawn today), {@code "يوم الأحد"} (on Sunday: the last Sunday on or before the
 * anchor), {@code "الأحد الماضي"} (the Sunday before the anchor), {@code "الأسبوع الماضي"} (the
 * previous Saturday-to-Friday week), {@code "الشهر الجاري"}, {@code "العام الماضي"}, and month
 * names without a year, which take the anchor's year unless that puts them after the anchor
 * ({@code "في مارس"} read in April 2019 is March 2019, read in February 2019 March 2018).
 *
 * <p>{@code "منذ N أيام"} and {@code "قبل N أيام"} ("N days ago") are the single day N days
 * before the anchor (the day an event happened, not the stretch since then), {@code "بعد N
 * أيام"} the day N days after it; {@code "منذ أسبوعين"} is the seven days starting two weeks
 * before the anchor, {@code "منذ شهرين"} the calendar month two months back, {@code "منذ
 * عامين"} the calendar year two years back. {@code "منذ 2011"} is the year 2011. {@code "خلال
 * ثلاثة أيام"} and {@code "في غضون ثلاثة أيام"} ("over / within three days") are the stretch of
 * three days that ends at the anchor. Dialect words that reach the press are read too ({@code
 * "بكرة"} tomorrow, {@code "امبارح"} yesterday, {@code "الأسبوع الجاي"} next week, Maghrebi
 * {@code "الشهر الفارط"} last month).
 *
 * <p>Calendar arithmetic: {@code "ثاني خميس من يونيو"} (the second Thursday of June), {@code
 * "آخر جمعة من رمضان"}, {@code "آخر يوم في شهر نوفمبر"}, {@code "الأسبوع الأول من مارس"} (days
 * 1..7), {@code "النصف الأول من 2019"}, {@code "الربع الأخير من العام"}; ranges of days in every
 * order ({@code "3-5 أغسطس"}, {@code "أغسطس 3-5"}, {@code "من الثالث إلى الخامس من آب"}, {@code
 * "بين 3 و5 آب"}). Holidays ({@code holidays.txt}): Islamic feasts by their Hijri day through the
 * Umm al-Qura calendar ({@code "عيد الفطر 2021"} is 2021-05-13), Christian ones by the computus
 * (Western {@code "عيد الفصح"}, Eastern {@code "عيد الفصح الأرثوذكسي"}, {@code "شم النسيم"}),
 * and days such as {@code "عيد العمال"} (1 May). A Hijri month with a Gregorian year ({@code
 * "رمضان 2019"}) is that month as it falls in that year.
 *
 * <h2>News orientation</h2>
 *
 * News reports what has happened, so an expression that does not say which occurrence it means
 * is the last one <em>on or before</em> the anchor: a bare weekday ({@code "يوم الأحد"}), a date
 * without a year ({@code "في 20 أبريل"} read on 2019-04-10 is 2018-04-20), a month without a
 * year, a holiday without a year, and a stretch ({@code "خلال ثلاثة أيام"}) ends at the anchor.
 * A future word after the expression ({@code "الأحد المقبل"}, {@code "القادم"}, {@code
 * "الجاي"}) or a future particle or verb shortly before it ({@code "سوف"}, {@code "سيعقد
 * الاجتماع الأحد"} the meeting will be held on Sunday; {@code future-cues.txt}) turns it to the
 * first occurrence after the anchor.
 *
 * <p>Without an anchor, relative expressions and dates without a year get no interval rather
 * than a guess: {@link #parse} leaves them out, {@link #parseAll} returns them as unresolved
 * mentions (so that {@code "فجر الأحد"} at dawn on Sunday is still known as a time expression).
 * Every mention names the rule that read it ({@link DateMention#rule()}). The tables are the
 * commented data files {@code months.txt}, {@code weekdays.txt}, {@code periods.txt}, {@code
 * relative.txt}, {@code units.txt}, {@code offsets.txt}, {@code calendar-words.txt}, {@code
 * holidays.txt}, {@code future-cues.txt} and {@code decades.txt} in this package's resources.
 * Instances are immutable and thread-safe; parsing is linear in the number of tokens.
 *
 * @since 0.1.0
 */
public final class DateParser {

  private static final DateParser STANDARD = new DateParser(DateLexicon.standard(), NumberParser.standard());

  private final DateLexicon lexicon;
  private final NumberParser numbers;

  private DateParser(DateLexicon lexicon, NumberParser numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  /** The parser with the bundled tables (shared, thread-safe). */
  public static DateParser standard() {
    return STANDARD;
  }

  /**
   * The time expressions of {@code text}, in text order.
   *
   * @param text an Arabic text, as the caller has it (spans point into it)
   * @param anchor the date relative expressions count from, usually the publication date
   * @return the mentions, never null
   */
  public List<DateMention> parse(String text, Optional<LocalDate> anchor) {
    TextView view = ArabicNormalizer.standard().view(text);
    return parse(view, Tokenizer.standard().tokenize(view), anchor);
  }

  /**
   * The time expressions of an already tokenized text, in text order.
   *
   * @param view the text and its normalized form
   * @param tokens the tokens of {@code view}, as {@link Tokenizer} makes them
   * @param anchor the date relative expressions count from, usually the publication date
   * @return the mentions, with spans in {@link TextView#original()}
   */
  public List<DateMention> parse(TextView view, List<Token> tokens, Optional<LocalDate> anchor) {
    return parse(view, tokens, numbers.parse(view, tokens), anchor);
  }

  /**
   * The same, reading the quantities the caller already has, so that the text is not read for
   * numbers twice.
   *
   * @param view the text and its normalized form
   * @param tokens the tokens of {@code view}, as {@link Tokenizer} makes them
   * @param quantities {@code NumberParser.standard().parse(view, tokens)}
   * @param anchor the date relative expressions count from, usually the publication date
   * @return the mentions, with spans in {@link TextView#original()}
   * @since 0.2.0
   */
  public List<DateMention> parse(TextView view, List<Token> tokens,
      List<io.github.rasd.parsers.text.numbers.Quantity> quantities, Optional<LocalDate> anchor) {
    return parseAll(view, tokens, quantities, anchor).stream().filter(DateMention::resolved).toList();
  }

  /**
   * Every time expression, resolved or not: those the anchor cannot resolve ({@code "فجر الأحد"}
   * without a publication date, {@code "بعد ثلاثة أيام من الهجوم"}) come as unresolved mentions
   * ({@link DateMention#resolved()} false), so that their words are known to be time words.
   *
   * @param view the text and its normalized form
   * @param tokens the tokens of {@code view}, as {@link Tokenizer} makes them
   * @param quantities {@code NumberParser.standard().parse(view, tokens)}
   * @param anchor the date relative expressions count from, usually the publication date
   * @return the mentions, with spans in {@link TextView#original()}, in text order
   * @since 0.2.0
   */
  public List<DateMention> parseAll(TextView view, List<Token> tokens,
      List<io.github.rasd.parsers.text.numbers.Quantity> quantities, Optional<LocalDate> anchor) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(quantities, "quantities");
    return new DateScanner(lexicon, view, tokens, quantities, anchor.orElse(null)).scan();
  }
}
