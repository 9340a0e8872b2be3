package io.github.rasd.parsers.knowledge;

/**
 * What table a {@link KnowledgeEntry} comes from.
 *
 * @since 0.1.0
 */
public enum EntryKind {
  /** An armed group ({@link GroupEntry}): داعش (ISIS). */
  GROUP,
  /** A place that is not a country ({@link PlaceEntry}): القصرين (Kasserine). */
  PLACE,
  /** A country ({@link PlaceEntry} of kind COUNTRY): تونس (Tunisia). */
  COUNTRY,
  /** A security force, ministry, authority or international body ({@link OrganizationEntry}). */
  ORGANIZATION,
  /** A news agency or news outlet ({@link OrganizationEntry}): رويترز (Reuters). */
  OUTLET,
  /** A title or role phrase ({@link TitleEntry}): المتحدث باسم (the spokesman of). */
  TITLE,
  /** A nationality adjective ({@link Nationality}): التونسية (Tunisian, feminine). */
  NATIONALITY
}
