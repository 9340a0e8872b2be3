package io.github.rasd.model;

/**
 * What sort of armed group a {@link Group} is.
 *
 * @since 0.1.0
 */
public enum GroupKind {
  /** Salafi-jihadist organisations and their branches: the Islamic State, al-Qaeda, JNIM. */
  JIHADIST,
  /** Armed opposition to a government without a jihadist programme: Syrian rebel factions. */
  REBEL,
  /** Armed groups with a separatist or autonomist aim: PKK, Polisario, MNLA. */
  SEPARATIST,
  /** Militias, self-defence and community armed groups: Dan Na Ambassagou, Koglweogo. */
  MILITIA,
  /** Armed groups that fight with or for a state: Popular Mobilization factions, the RSF. */
  STATE_ALIGNED,
  /** Parties or movements with an armed wing: Hezbollah, Hamas, the Houthis. */
  POLITICAL_ARMED,
  /** Criminal armed groups: bandits, traffickers. */
  CRIMINAL,
  /** Any other or unknown kind. */
  OTHER
}
