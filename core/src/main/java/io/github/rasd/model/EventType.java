package io.github.rasd.model;

/**
 * The kind of incident an {@link Event} is. Each type maps to ACLED and PLOVER categories
 * through {@link Interop}.
 *
 * @since 0.1.0
 */
public enum EventType {
  /** Armed clash between organised parties: اشتباكات (clashes), مواجهات. */
  ARMED_CLASH,
  /** An attack on people or places: هجوم (attack), اعتداء. */
  ATTACK,
  /** An ambush: كمين. */
  AMBUSH,
  /** A killing or deaths without a more specific type: مقتل (killing), تحييد (neutralising). */
  KILLING,
  /** A suicide attack: فجر نفسه (blew himself up), انتحاري. */
  SUICIDE_BOMBING,
  /** An explosion: تفجير, عبوة ناسفة (improvised explosive device), سيارة مفخخة. */
  BOMBING,
  /** An air or drone strike: غارة (air raid), ضربة جوية. */
  AIR_STRIKE,
  /** Artillery or rocket fire: قصف (shelling). */
  SHELLING,
  /** An abduction: اختطاف (kidnapping). */
  KIDNAPPING,
  /** An arrest: القبض على، اعتقال، توقيف. */
  ARREST,
  /** A raid or a security sweep: مداهمة (raid), عملية تمشيط. */
  RAID,
  /** A seizure of weapons or goods: حجز أسلحة، ضبط. */
  SEIZURE,
  /** An execution: إعدام. */
  EXECUTION,
  /** A plot: تفكيك خلية (dismantling a cell), مخطط إرهابي. */
  PLOT,
  /** Any other security incident. */
  OTHER
}
