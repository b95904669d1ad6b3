import { Language } from '../../users/language';
import type { Fill } from '../operator-facts';

/**
 * When the platform's own findings below were last checked against the browser tests (test/e2e) and the open
 * issues. Update it, and the findings, when they change: an operator who has not saved their own statement yet
 * publishes these.
 */
export const ASSESSED = { [Language.DE]: 'Dezember 2026', [Language.EN]: 'December 2026' } as const;

/**
 * Erklärung zur Barrierefreiheit after § 12b BGG and BITV 2.0, in the order of the EU model statement
 * (Implementing Decision (EU) 2018/1523): state of conformity, content that is not accessible, how the statement
 * was prepared, feedback contact, enforcement procedure.
 */
export function accessibilityTemplate(language: Language, fact: Fill): string {
  return language === Language.DE ? german(fact) : english(fact);
}

function german(fact: Fill): string {
  return `${fact('operatorName')} ist bemüht, diese Plattform barrierefrei zugänglich zu machen. Rechtsgrundlage sind das Behindertengleichstellungsgesetz des Bundes oder des Landes und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0), die auf die europäische Norm EN 301 549 und damit auf die Web Content Accessibility Guidelines (WCAG) 2.1 in der Stufe AA verweisen.

Diese Erklärung gilt für die Plattform Allmende unter ${fact('websiteAddress')}.

# Stand der Vereinbarkeit mit den Anforderungen

Die Plattform ist mit den Anforderungen **teilweise vereinbar**. Welche Anforderungen noch nicht erfüllt sind, steht im Abschnitt „Nicht barrierefreie Inhalte“.

# Wie die Plattform geprüft wird

Die Bewertung beruht auf einer Selbstbewertung der Entwickelnden von Allmende (Stand: ${ASSESSED.DE}):

- **Automatische Prüfung:** Bei jeder Änderung bedienen Browser-Tests die Plattform so, wie es die einzelnen Rollen tun, in einem echten Browser (Chromium). Jede dabei besuchte Seite wird mit dem Prüfwerkzeug axe-core gegen die Regeln der WCAG 2.1 in den Stufen A und AA geprüft, auf Deutsch und auf Englisch, am Desktop und für ausgewählte Seiten in Smartphone-Breite sowie im dunklen Farbschema. Ergebnis: keine Verstöße.
- **Tastatur und Fokus:** Die Tests prüfen, dass ein Link „Zum Inhalt springen“ als Erstes erreichbar ist, dass nach jedem Seitenwechsel der Fokus auf dem neuen Inhalt liegt, dass nach einem fehlerhaft ausgefüllten Formular der Fokus auf dem ersten fehlerhaften Feld steht und dass Rückfragen vor folgenreichen Aktionen den Fokus auf die harmlose Wahl setzen und sich mit Escape schließen lassen.
- **Aufbau:** Jede Seite hat einen Titel, der sie beschreibt, eine Hauptüberschrift, Landmarken (Kopfbereich, Navigation, Hauptinhalt, Fußbereich), beschriftete Formularfelder mit zugeordneten Hinweisen und Fehlermeldungen und Tabellen mit Beschriftung und Spaltenüberschriften. Die Sprache der Seite ist ausgezeichnet und folgt der Sprachwahl.
- **Nicht geprüft:** Es gab keinen vollständigen BITV-Test durch eine unabhängige Prüfstelle und keine systematische Prüfung mit Screenreadern oder mit Nutzerinnen und Nutzern mit Behinderungen. Automatische Prüfungen erkennen nur einen Teil möglicher Barrieren.

# Nicht barrierefreie Inhalte

- Erläuterungen in Leichter Sprache und in Deutscher Gebärdensprache (§ 4 BITV 2.0) gibt es noch nicht.
- Einzelne Meldungen des Servers, etwa zu Fehleingaben, erscheinen auch in der deutschen Ansicht noch auf Englisch. Sie sind als englischer Text ausgezeichnet, sodass Screenreader sie richtig aussprechen.
- Auf schmalen Bildschirmen zeigen breite Tabellen nicht alle Spalten auf einmal. Die übrigen Spalten erreichen Sie durch seitliches Wischen oder mit der Tastatur im Tabellenbereich; ein sichtbarer Hinweis darauf fehlt noch.
- Diagramme und PDF-Dokumente bietet die Plattform derzeit nicht an; alle Zahlen stehen in Tabellen. Die Exporte (CSV, XLSX) und Kalenderdateien (iCalendar) sind Datenformate für andere Programme und wurden nicht auf Barrierefreiheit geprüft.
- Texte, die Mitglieder selbst eingeben (Beschreibungen, Anliegen, Kommentare, Protokolle), prüft die Plattform nicht auf Barrierefreiheit.

# Erstellung dieser Erklärung

Diese Erklärung wurde am ${fact('statementDate')} erstellt oder zuletzt überprüft.

# Barrieren melden: Kontakt

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder brauchen Sie einen Inhalt in barrierefreier Form? Schreiben Sie uns: ${fact('accessibilityContact')}

# Schlichtungs- und Durchsetzungsverfahren

Wenn Sie auf Ihre Rückmeldung an den genannten Kontakt keine zufriedenstellende Antwort erhalten haben, können Sie ein Schlichtungs- oder Durchsetzungsverfahren einleiten. Es soll Konflikte ohne ein Gerichtsverfahren lösen. Zuständig ist:

${fact('enforcementBody')}
`;
}

function english(fact: Fill): string {
  return `${fact('operatorName')} endeavours to make this platform accessible. The legal basis is the federal or state disability equality act (Behindertengleichstellungsgesetz) and the Barrier-Free Information Technology Ordinance (BITV 2.0), which refer to the European standard EN 301 549 and so to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.

This statement applies to the Allmende platform at ${fact('websiteAddress')}.

# Compliance status

The platform is **partially compliant** with these requirements. The requirements not yet met are listed under “Non-accessible content”.

# How the platform is tested

This assessment is a self-assessment by the developers of Allmende (as of ${ASSESSED.EN}):

- **Automated testing:** with every change, browser tests use the platform as each role does, in a real browser (Chromium). Every page they visit is checked with the axe-core tool against the WCAG 2.1 rules at levels A and AA, in German and in English, on the desktop and for selected pages at smartphone width, and in the dark colour scheme. Result: no violations.
- **Keyboard and focus:** the tests check that a “Skip to content” link is reached first, that focus moves to the new content after every change of page, that focus lands on the first invalid field after a form was filled in wrongly, and that confirmations before consequential actions put focus on the harmless choice and close with Escape.
- **Structure:** every page has a title that describes it, a main heading, landmarks (header, navigation, main content, footer), labelled form fields with their hints and error messages attached, and tables with captions and column headers. The page’s language is marked up and follows the choice of language.
- **Not tested:** there has been no complete BITV test by an independent test body and no systematic testing with screen readers or with users with disabilities. Automated tests find only some of the possible barriers.

# Non-accessible content

- There are no explanations in German Easy Language (Leichte Sprache) or German Sign Language yet (§ 4 BITV 2.0).
- Some messages from the server, for example about invalid input, still appear in English in the German view. They are marked up as English, so that screen readers pronounce them correctly.
- On narrow screens, wide tables do not show all their columns at once. The other columns can be reached by swiping sideways or with the keyboard inside the table area; a visible hint is still missing.
- The platform offers no charts and no PDF documents at present; all figures are in tables. The exports (CSV, XLSX) and calendar files (iCalendar) are data formats for other programs and have not been tested for accessibility.
- Texts that members enter themselves (descriptions, requests, comments, minutes) are not checked for accessibility by the platform.

# Preparation of this statement

This statement was prepared or last reviewed on ${fact('statementDate')}.

# Reporting barriers: contact

Have you found a barrier, or do you need some content in an accessible form? Write to us: ${fact('accessibilityContact')}

# Conciliation and enforcement procedure

If you have not received a satisfactory answer to your feedback to the contact above, you can start a conciliation or enforcement procedure. It is meant to resolve disputes without going to court. The body responsible is:

${fact('enforcementBody')}
`;
}
