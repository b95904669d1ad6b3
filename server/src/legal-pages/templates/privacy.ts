import { Language } from '../../users/language';
import type { Fill } from '../operator-facts';

/*
 * Datenschutzerklärung after Art. 13 GDPR. What it says the platform does is what the code does (keep it so):
 * the session cookie and its lifetime (auth/sessions.service.ts), failed sign-ins counted per account and address
 * for up to 24 hours (auth/sign-in-limiter.ts), sign-ins and password resets with the client address in the
 * append-only audit log (auth/), request logs without addresses or cookies (common/logging/logging.ts), the
 * language kept in the browser's storage (web/src/i18n/setup.ts), fonts served by the platform itself.
 */
export function privacyTemplate(language: Language, fact: Fill): string {
  return language === Language.DE ? german(fact) : english(fact);
}

function german(fact: Fill): string {
  return `Diese Erklärung sagt Ihnen nach Art. 13 der Datenschutz-Grundverordnung (DSGVO), welche personenbezogenen Daten die Plattform verarbeitet, wozu, wie lange, wer sie erhält und welche Rechte Sie haben.

# Verantwortlich

${fact('operatorName')}\\
${fact('address')}\\
E-Mail: ${fact('email')}

# Datenschutzbeauftragte oder Datenschutzbeauftragter

${fact('dataProtectionOfficer')}

# Zweck und Rechtsgrundlage

Die Plattform dient der Zusammenarbeit öffentlicher Stellen in Entwicklungspartnerschaften: Mitgliedschaften, Gremien und Sitzungen, Abstimmungen, Anliegen und Finanzen. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO (Wahrnehmung einer Aufgabe im öffentlichen Interesse) in Verbindung mit ${fact('legalBasis')}, soweit unten nichts anderes steht.

# Welche Daten die Plattform verarbeitet

- **Besuch ohne Anmeldung:** Ihr Browser übermittelt bei jedem Aufruf technisch bedingt Ihre IP-Adresse. Die Protokolle der Plattform halten je Anfrage nur eine Kennung, die aufgerufene Adresse und das Ergebnis fest, keine IP-Adresse und keine Cookies. Server-Protokolle werden ${fact('logRetention')} aufbewahrt.
- **Benutzerkonto:** E-Mail-Adresse, Name, bevorzugte Sprache, das Passwort nur als nicht umkehrbarer Hash (Argon2id), Ihre Rollen in den Partnerschaften und für welche Organisation Sie handeln. Konten entstehen durch eine Einladung per E-Mail; wo die Anmeldung über den Identitätsanbieter Ihrer Organisation (OpenID Connect) eingerichtet ist, erhält die Plattform von ihm Ihre bestätigte E-Mail-Adresse.
- **Anmeldung und Sicherheit:** Ein Sitzungs-Cookie (\`allmende_session\`) hält Sie angemeldet, bis Sie sich abmelden, höchstens 14 Tage; gespeichert wird davon nur ein Hash. Fehlgeschlagene Anmeldeversuche werden je Konto und IP-Adresse bis zu 24 Stunden gezählt, um das Erraten von Passwörtern zu bremsen. Anmeldungen, Abmeldungen und Anfragen zum Zurücksetzen des Passworts werden mit der IP-Adresse im Prüfprotokoll festgehalten (zusätzlich Art. 32 DSGVO).
- **Mitwirkung in Partnerschaften:** Was Sie eingeben – Anliegen, Kommentare, Interessensbekundungen, Protokolle, Stimmabgaben für Ihre Organisation, Zustimmungen zu Kostenteilungsverträgen – wird mit Ihrem Namen gespeichert und den Mitgliedern der Partnerschaft gezeigt. Hat eine Partnerschaft öffentliche Transparenzseiten, sind ihre Anliegen, Beschlüsse und Finanzberichte auch ohne Anmeldung zu sehen. Bei geheimen Abstimmungen wird getrennt gespeichert, dass eine Organisation abgestimmt hat, und wie, ohne Verbindung zwischen beidem.
- **E-Mails:** Einladungen, Links zum Zurücksetzen des Passworts, Sitzungseinladungen und Nachrichten zu Anliegen, die Sie abonniert haben, gehen an Ihre E-Mail-Adresse.
- **Spracheinstellung:** Ihre Sprachwahl wird im Speicher Ihres Browsers abgelegt (\`allmende.language\`), damit die Plattform beim nächsten Besuch in dieser Sprache erscheint; sie verlässt Ihr Gerät nicht.

Die Plattform setzt nur das technisch notwendige Sitzungs-Cookie (§ 25 Abs. 2 Nr. 2 TDDDG), keine Analyse- oder Werbewerkzeuge und keine Inhalte Dritter; auch die Schriften liefert sie selbst aus.

# Empfänger

- Betrieb: ${fact('hosting')}
- Die Mitglieder einer Partnerschaft sehen, was ihre Rollen erlauben; die Plattformverwaltung sieht, was sie für den Betrieb braucht, solange kein Mailserver eingerichtet ist auch die versendeten E-Mails.
- Die Plattform selbst übermittelt keine Daten in Länder außerhalb der Europäischen Union.

# Speicherdauer

- Sitzungen: bis zur Abmeldung, höchstens 14 Tage.
- Zähler fehlgeschlagener Anmeldungen: höchstens 24 Stunden.
- Einladungs- und Passwort-Links: bis sie benutzt werden oder verfallen.
- Konto: solange Sie in einer Partnerschaft mitwirken; danach löscht oder anonymisiert der Betreiber es auf Ihren Antrag.
- Prüfprotokoll: Das Prüfprotokoll ist fortlaufend verkettet und kann nicht geändert werden. Seine Einträge (wer wann was getan hat, bei Anmeldungen mit IP-Adresse) bleiben so lange erhalten wie die Partnerschaft, weil Beschlüsse und Geldflüsse öffentlicher Stellen nachvollziehbar bleiben müssen (Art. 17 Abs. 3 Buchst. b und e DSGVO).

# Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch gegen die Verarbeitung (Art. 21). Wenden Sie sich dazu an die oben genannten Stellen.

Sie können sich bei der Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO): ${fact('dataProtectionAuthority')}

# Pflicht zur Angabe

Die öffentlichen Seiten lesen Sie ohne Anmeldung. Um in einer Partnerschaft mitzuwirken, brauchen Sie ein Konto mit Ihrer E-Mail-Adresse; ohne sie ist keine Anmeldung möglich.

# Keine automatisierte Entscheidung

Die Plattform trifft keine automatisierten Entscheidungen im Sinne von Art. 22 DSGVO und erstellt keine Profile. Abstimmungen zählt sie nach der Regel, die das Gremium festgelegt hat; entscheiden tun die Mitglieder.
`;
}

function english(fact: Fill): string {
  return `Under Art. 13 of the General Data Protection Regulation (GDPR), this notice tells you which personal data the platform processes, why, for how long, who receives them and what your rights are.

# Controller

${fact('operatorName')}\\
${fact('address')}\\
E-mail: ${fact('email')}

# Data protection officer

${fact('dataProtectionOfficer')}

# Purpose and legal basis

The platform serves the cooperation of public bodies in development partnerships: memberships, committees and sessions, votes, requests and finances. Unless stated otherwise below, the legal basis is Art. 6 (1) (e) GDPR (a task carried out in the public interest) together with ${fact('legalBasis')}.

# Which data the platform processes

- **Visiting without signing in:** to deliver a page, your browser necessarily sends your IP address. The platform’s own logs record for each request only an identifier, the address requested and the result, neither the IP address nor cookies. Server logs are kept for ${fact('logRetention')}.
- **User account:** e-mail address, name, preferred language, the password only as an irreversible hash (Argon2id), your roles in the partnerships and which organisation you act for. Accounts are created by an invitation sent by e-mail; where sign-in through your organisation’s identity provider (OpenID Connect) is set up, the platform receives your verified e-mail address from it.
- **Sign-in and security:** a session cookie (\`allmende_session\`) keeps you signed in until you sign out, for 14 days at most; only a hash of it is stored. Failed sign-in attempts are counted per account and IP address for up to 24 hours, to slow down password guessing. Sign-ins, sign-outs and password reset requests are recorded with the IP address in the audit log (also Art. 32 GDPR).
- **Taking part in partnerships:** what you enter – requests, comments, declarations of interest, minutes, ballots for your organisation, consent to cost-sharing contracts – is stored with your name and shown to the partnership’s members. Where a partnership’s transparency pages are public, its requests, decisions and financial reports can be seen without signing in. In secret votes, that an organisation voted and how it voted are stored apart, with no link between them.
- **E-mails:** invitations, password reset links, session invitations and news about requests you subscribed to are sent to your e-mail address.
- **Language setting:** your choice of language is kept in your browser’s storage (\`allmende.language\`), so that the platform appears in that language on your next visit; it does not leave your device.

The platform sets only the technically necessary session cookie (§ 25 (2) no. 2 TDDDG), uses no analytics or advertising tools and no third-party content; it serves its fonts itself.

# Recipients

- Operation: ${fact('hosting')}
- A partnership’s members see what their roles allow; the platform’s administrators see what they need to run it, including the e-mails sent while no mail server is set up.
- The platform itself transfers no data to countries outside the European Union.

# How long data are kept

- Sessions: until you sign out, 14 days at most.
- Counters of failed sign-ins: 24 hours at most.
- Invitation and password links: until they are used or expire.
- Account: as long as you take part in a partnership; after that the operator deletes or anonymises it at your request.
- Audit log: the audit log is a continuous chain and cannot be changed. Its entries (who did what when, for sign-ins with the IP address) are kept as long as the partnership exists, because the decisions and money flows of public bodies must remain traceable (Art. 17 (3) (b) and (e) GDPR).

# Your rights

You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18) and to object to processing (Art. 21). Contact the bodies named above.

You may lodge a complaint with the data protection supervisory authority (Art. 77 GDPR): ${fact('dataProtectionAuthority')}

# Whether you must provide data

You can read the public pages without signing in. To take part in a partnership you need an account with your e-mail address; without it you cannot sign in.

# No automated decisions

The platform makes no automated decisions within the meaning of Art. 22 GDPR and creates no profiles. It counts votes by the rule the committee set; the members decide.
`;
}
