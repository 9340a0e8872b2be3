package io.github.rasd.parsers.knowledge;

/**
 * The category of a {@link TitleEntry}, second column of {@code titles.tsv}.
 *
 * @since 0.1.0
 */
public enum TitleCategory {
  /** A military or police rank: العميد (brigadier general). */
  MILITARY_RANK,
  /** A spokesperson: المتحدث باسم (the spokesman of). */
  SPOKESPERSON,
  /** An expert or analyst: الخبير العسكري (the military expert). */
  EXPERT,
  /** An official: وزير الداخلية (the interior minister), والي (governor). */
  OFFICIAL,
  /** A role inside an armed group: أمير (emir), القيادي في (leader in). */
  GROUP_ROLE,
  /** A journalist: مراسل (correspondent). */
  JOURNALIST,
  /** Any other title. */
  OTHER
}
