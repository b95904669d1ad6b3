/** The pages a public body must publish, each linked from every page's footer. */
export enum LegalPageKind {
  /** Impressum: who runs the platform (§ 5 DDG, § 18 MStV). */
  IMPRINT = 'IMPRINT',
  /** Datenschutzerklärung: what is processed, why, for how long, and one's rights (Art. 13 GDPR). */
  PRIVACY = 'PRIVACY',
  /** Erklärung zur Barrierefreiheit (§ 12b BGG, BITV 2.0, EN 301 549). */
  ACCESSIBILITY = 'ACCESSIBILITY',
}
