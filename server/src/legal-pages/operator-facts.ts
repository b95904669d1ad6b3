import { Language } from '../users/language';

/*
 * What only the operator knows and the legal texts need: each is a placeholder in the template until filled in.
 * The labels say what belongs there, so the placeholder itself is the instruction. Pure: no Nest, no TypeORM.
 */

export const operatorFacts = [
  'operatorName',
  'legalForm',
  'representative',
  'address',
  'email',
  'phone',
  'supervisoryAuthority',
  'vatId',
  'contentResponsible',
  'dataProtectionOfficer',
  'legalBasis',
  'hosting',
  'logRetention',
  'dataProtectionAuthority',
  'websiteAddress',
  'accessibilityContact',
  'enforcementBody',
  'statementDate',
] as const;

export type OperatorFact = (typeof operatorFacts)[number];

/** The operator's facts, where known; a missing one stays a placeholder. */
export type OperatorFacts = Partial<Record<OperatorFact, string>>;

/** A fact's text in the template: the operator's value, or the marked placeholder. */
export type Fill = (fact: OperatorFact) => string;

export const factLabels: Record<OperatorFact, Record<Language, string>> = {
  operatorName: {
    DE: 'Name der Behörde oder Organisation, die die Plattform betreibt',
    EN: 'Name of the public body or organisation that runs the platform',
  },
  legalForm: {
    DE: 'Rechtsform, z. B. Körperschaft des öffentlichen Rechts',
    EN: 'Legal form, e.g. a corporation under public law',
  },
  representative: {
    DE: 'vertretungsberechtigte Person mit ihrer Funktion, z. B. die Bürgermeisterin',
    EN: 'Person authorised to represent it, with their office, e.g. the mayor',
  },
  address: { DE: 'Postanschrift', EN: 'Postal address' },
  email: { DE: 'E-Mail-Adresse', EN: 'E-mail address' },
  phone: { DE: 'Telefonnummer', EN: 'Telephone number' },
  supervisoryAuthority: {
    DE: 'zuständige Aufsichtsbehörde (Rechts- oder Kommunalaufsicht) mit Anschrift',
    EN: 'Supervisory authority (legal or municipal supervision) with its address',
  },
  vatId: {
    DE: 'Umsatzsteuer-Identifikationsnummer nach § 27a UStG, falls vorhanden; sonst diesen Abschnitt löschen',
    EN: 'VAT identification number under § 27a UStG if there is one; otherwise delete this section',
  },
  contentResponsible: {
    DE: 'Name und Anschrift der inhaltlich verantwortlichen Person',
    EN: 'Name and address of the person responsible for the content',
  },
  dataProtectionOfficer: {
    DE: 'Kontakt der oder des behördlichen Datenschutzbeauftragten',
    EN: 'Contact of the data protection officer',
  },
  legalBasis: {
    DE: 'Vorschrift im Bundes- oder Landesrecht, z. B. § 3 BDSG oder die entsprechende Vorschrift des Landesdatenschutzgesetzes',
    EN: 'Provision of federal or state law, e.g. § 3 BDSG or the corresponding provision of the state data protection act',
  },
  hosting: {
    DE: 'wer die Plattform in wessen Rechenzentrum betreibt und wer E-Mails versendet (Auftragsverarbeiter nach Art. 28 DSGVO)',
    EN: 'Who runs the platform in whose data centre and who sends its e-mails (processors under Art. 28 GDPR)',
  },
  logRetention: {
    DE: 'Aufbewahrungsdauer der Server-Protokolle, z. B. 7 Tage',
    EN: 'How long the server logs are kept, e.g. 7 days',
  },
  dataProtectionAuthority: {
    DE: 'zuständige Datenschutz-Aufsichtsbehörde mit Anschrift',
    EN: 'Competent data protection supervisory authority with its address',
  },
  websiteAddress: {
    DE: 'Internetadresse der Plattform, z. B. https://allmende.example.org',
    EN: 'Web address of the platform, e.g. https://allmende.example.org',
  },
  accessibilityContact: {
    DE: 'Kontakt für Rückmeldungen zur Barrierefreiheit (E-Mail-Adresse und Telefonnummer)',
    EN: 'Contact for feedback on accessibility (e-mail address and telephone number)',
  },
  enforcementBody: {
    DE: 'zuständige Stelle für das Schlichtungs- oder Durchsetzungsverfahren mit Anschrift: für öffentliche Stellen des Bundes die Schlichtungsstelle nach § 16 BGG, für Länder und Kommunen die Stelle nach dem Behindertengleichstellungsgesetz des Landes',
    EN: 'Body responsible for the conciliation or enforcement procedure, with its address: for federal bodies the conciliation body under § 16 BGG, for state and municipal bodies the one under the state’s disability equality act',
  },
  statementDate: {
    DE: 'Datum, an dem diese Erklärung erstellt oder zuletzt überprüft wurde',
    EN: 'Date on which this statement was prepared or last reviewed',
  },
};
