import { LegalPageKind } from '../server/src/legal-pages/legal-page-kind';
import { legalTemplate } from '../server/src/legal-pages/legal-templates';
import { OperatorFacts } from '../server/src/legal-pages/operator-facts';
import { Language } from '../server/src/users/language';

/*
 * The demo's operator: the platform's own templates, filled in with an invented public body. Every name, address and
 * number is made up (the telephone numbers are from the range the Bundesnetzagentur keeps for films and examples),
 * and each page says so at its top.
 */

const address = { DE: 'Beispielweg 1, 00000 Musterstadt', EN: 'Beispielweg 1, 00000 Musterstadt, Germany' };

export const demoOperatorFacts: Record<Language, Required<OperatorFacts>> = {
  [Language.DE]: {
    operatorName: 'Zweckverband Digitale Allmende Nordland (erfundener Demo-Betreiber)',
    legalForm: 'Zweckverband, Körperschaft des öffentlichen Rechts',
    representative: 'die Verbandsvorsteherin Erika Mustermann',
    address: address.DE,
    email: 'kontakt@allmende.demo',
    phone: '+49 30 23125 000',
    supervisoryAuthority: 'Ministerium des Innern des Landes Nordland, Musterallee 2, 00000 Musterstadt',
    vatId: 'Der Zweckverband hat keine Umsatzsteuer-Identifikationsnummer.',
    contentResponsible: `Max Mustermann, ${address.DE}`,
    dataProtectionOfficer: `Datenschutzbeauftragte des Zweckverbands, ${address.DE}, datenschutz@allmende.demo`,
    legalBasis: '§ 3 des Landesdatenschutzgesetzes Nordland',
    hosting:
      'Der Zweckverband betreibt die Plattform in seinem eigenen Rechenzentrum in Musterstadt und versendet E-Mails über seinen eigenen Mailserver.',
    logRetention: '7 Tage',
    dataProtectionAuthority: 'Landesbeauftragte für den Datenschutz Nordland, Musterallee 3, 00000 Musterstadt',
    websiteAddress: 'der Adresse dieser Demo-Installation',
    accessibilityContact: 'barrierefreiheit@allmende.demo, Telefon +49 30 23125 001',
    enforcementBody:
      'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz des Landes Nordland, Musterallee 4, 00000 Musterstadt',
    statementDate: '3. Dezember 2026',
  },
  [Language.EN]: {
    operatorName: 'Zweckverband Digitale Allmende Nordland (an invented demo operator)',
    legalForm: 'A special-purpose association of municipalities (Zweckverband), a corporation under public law',
    representative: 'its chair, Erika Mustermann',
    address: address.EN,
    email: 'kontakt@allmende.demo',
    phone: '+49 30 23125 000',
    supervisoryAuthority: 'Ministry of the Interior of the State of Nordland, Musterallee 2, 00000 Musterstadt',
    vatId: 'The association has no VAT identification number.',
    contentResponsible: `Max Mustermann, ${address.EN}`,
    dataProtectionOfficer: `The association’s data protection officer, ${address.EN}, datenschutz@allmende.demo`,
    legalBasis: '§ 3 of the Nordland State Data Protection Act',
    hosting:
      'The association runs the platform in its own data centre in Musterstadt and sends e-mails through its own mail server.',
    logRetention: '7 days',
    dataProtectionAuthority: 'Nordland State Commissioner for Data Protection, Musterallee 3, 00000 Musterstadt',
    websiteAddress: 'the address of this demo installation',
    accessibilityContact: 'barrierefreiheit@allmende.demo, telephone +49 30 23125 001',
    enforcementBody:
      'Conciliation body under the disability equality act of the State of Nordland, Musterallee 4, 00000 Musterstadt',
    statementDate: '3 December 2026',
  },
};

const demoNotice: Record<Language, string> = {
  [Language.DE]: '> **Demo-Installation:** Alle Angaben zum Betreiber auf dieser Seite sind erfunden.',
  [Language.EN]: '> **Demo installation:** all details of the operator on this page are invented.',
};

export const demoLegalPages = Object.values(LegalPageKind).flatMap((kind) =>
  Object.values(Language).map((language) => ({
    kind,
    language,
    body: `${demoNotice[language]}\n\n${legalTemplate(kind, language, demoOperatorFacts[language])}`,
  })),
);
