package io.github.rasd.model;

/**
 * What sort of organisation an {@link Organization} is.
 *
 * @since 0.1.0
 */
public enum OrganizationKind {
  /** An army or a branch of it: الجيش الوطني الشعبي (Algeria's People's National Army). */
  MILITARY,
  /** Police, gendarmerie, national guard: الحرس الوطني (Tunisia's National Guard). */
  POLICE,
  /** Intelligence and counter-terrorism services: المكتب المركزي للأبحاث القضائية. */
  INTELLIGENCE,
  /** Security forces not otherwise specified: قوات الأمن. */
  SECURITY_FORCE,
  /** Ministries, governments, presidencies, local authorities: وزارة الداخلية، السلطات. */
  GOVERNMENT,
  /** Courts and prosecutors: النيابة العامة. */
  JUDICIARY,
  /** A news agency: رويترز، وكالة الأنباء الجزائرية. */
  NEWS_AGENCY,
  /** A newspaper, a broadcaster, a news site: الجزيرة، بي بي سي. */
  NEWS_OUTLET,
  /** An international or regional body: الأمم المتحدة، الاتحاد الأفريقي. */
  INTERNATIONAL,
  /** A research centre, a think tank or an NGO. */
  NGO,
  /** Any other or unknown kind. */
  OTHER
}
