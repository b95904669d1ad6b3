import { Language } from '../users/language';
import { LegalPageKind } from './legal-page-kind';
import { legalTemplate } from './legal-templates';
import { factLabels, OperatorFacts, operatorFacts } from './operator-facts';
import { openPlaceholders, placeholder } from './placeholders';

const kinds = Object.values(LegalPageKind);
const languages = Object.values(Language);
const every = kinds.flatMap((kind) => languages.map((language) => [kind, language] as const));

/** Every fact filled with a value that names it, so a test can see where each one lands. */
const allFacts = (language: Language): OperatorFacts =>
  Object.fromEntries(operatorFacts.map((fact) => [fact, `«${fact} ${language}»`]));

describe('placeholders', () => {
  it('finds each open placeholder once, in either language, in the order it first appears', () => {
    const text = `${placeholder(Language.DE, 'Postanschrift')} und ${placeholder(Language.EN, 'E-mail address')}, dann wieder ${placeholder(Language.DE, 'Postanschrift')}.`;
    expect(openPlaceholders(text)).toEqual(['Postanschrift', 'E-mail address']);
  });

  it('does not take a Markdown link or ordinary brackets for a placeholder', () => {
    expect(
      openPlaceholders('[Bitte ergänzen](https://example.org) und [Hinweis: etwas] und [Bitte ergänzen:\n x]'),
    ).toEqual([]);
  });
});

describe('legal templates', () => {
  it.each(every)(
    '%s in %s leaves every fact it uses as a labelled placeholder until the operator fills it in',
    (kind, language) => {
      const template = legalTemplate(kind, language);
      const open = openPlaceholders(template);
      expect(open.length).toBeGreaterThan(0);
      // Each open placeholder is one of the facts' labels in the page's own language.
      const labels = operatorFacts.map((fact) => factLabels[fact][language]);
      for (const label of open) expect(labels).toContain(label);
    },
  );

  it.each(every)('%s in %s has no placeholder left once every fact is given', (kind, language) => {
    const filled = legalTemplate(kind, language, allFacts(language));
    expect(openPlaceholders(filled)).toEqual([]);
  });

  it('fills in only the facts given and keeps the others as placeholders', () => {
    const text = legalTemplate(LegalPageKind.IMPRINT, Language.DE, {
      operatorName: 'Stadt Beispielhausen',
      email: ' ',
    });
    expect(text).toContain('Stadt Beispielhausen');
    const open = openPlaceholders(text);
    expect(open).not.toContain(factLabels.operatorName.DE);
    // A blank value is no value.
    expect(open).toContain(factLabels.email.DE);
  });

  it.each(every)('%s in %s is Markdown without HTML and with sections starting at the top level', (kind, language) => {
    const template = legalTemplate(kind, language);
    expect(template).not.toMatch(/<[a-z!/]/i);
    expect(template).toMatch(/^# \S/m);
  });

  it('names the legal bases of each page', () => {
    expect(legalTemplate(LegalPageKind.IMPRINT, Language.DE)).toMatch(/§ 5 Digitale-Dienste-Gesetz.*§ 18 Abs\. 2/);
    expect(legalTemplate(LegalPageKind.PRIVACY, Language.DE)).toContain('Art. 13 der Datenschutz-Grundverordnung');
    expect(legalTemplate(LegalPageKind.ACCESSIBILITY, Language.DE)).toContain('BITV 2.0');
  });

  it.each([
    [
      Language.DE,
      ['Stand der Vereinbarkeit', 'Nicht barrierefreie Inhalte', 'Kontakt', 'Schlichtungs- und Durchsetzungsverfahren'],
    ],
    [Language.EN, ['Compliance status', 'Non-accessible content', 'contact', 'Conciliation and enforcement procedure']],
  ])('the accessibility statement in %s has the sections BITV 2.0 asks for', (language, sections) => {
    const headings = legalTemplate(LegalPageKind.ACCESSIBILITY, language)
      .split('\n')
      .filter((line) => line.startsWith('# '));
    for (const section of sections) expect(headings.some((heading) => heading.includes(section))).toBe(true);
    // The enforcement body and the feedback contact are the operator's to name.
    expect(openPlaceholders(legalTemplate(LegalPageKind.ACCESSIBILITY, language))).toEqual(
      expect.arrayContaining([factLabels.accessibilityContact[language], factLabels.enforcementBody[language]]),
    );
  });

  it('states the platform’s own findings: partial conformity, what is tested and what is missing', () => {
    const statement = legalTemplate(LegalPageKind.ACCESSIBILITY, Language.DE);
    expect(statement).toContain('**teilweise vereinbar**');
    expect(statement).toContain('axe-core');
    expect(statement).toContain('Leichter Sprache');
    expect(statement).toMatch(/Diagramme und PDF-Dokumente bietet die Plattform derzeit nicht an/);
  });
});
