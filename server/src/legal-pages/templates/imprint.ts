import { Language } from '../../users/language';
import type { Fill } from '../operator-facts';

/** Impressum: § 5 DDG (who offers the service) and § 18 Abs. 2 MStV (who is responsible for its content). */
export function imprintTemplate(language: Language, fact: Fill): string {
  return language === Language.DE
    ? `Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Abs. 2 Medienstaatsvertrag (MStV).

# Betreiber der Plattform

${fact('operatorName')}\\
${fact('address')}

${fact('legalForm')}, vertreten durch ${fact('representative')}.

# Kontakt

E-Mail: ${fact('email')}\\
Telefon: ${fact('phone')}

# Zuständige Aufsichtsbehörde

${fact('supervisoryAuthority')}

# Umsatzsteuer-Identifikationsnummer

${fact('vatId')}

# Inhaltlich verantwortlich nach § 18 Abs. 2 MStV

${fact('contentResponsible')}

# Inhalte der Entwicklungspartnerschaften

Die Seiten der einzelnen Entwicklungspartnerschaften (Mitglieder, Gremien, Anliegen, Beschlüsse und Finanzen) pflegen die Partnerschaften selbst. Wer eine Partnerschaft betreut, steht auf ihrer Seite unter „Community Management“.

# Software

Die Plattform läuft mit Allmende, freier Software unter der Lizenz EUPL-1.2.
`
    : `Information under § 5 of the German Digital Services Act (Digitale-Dienste-Gesetz, DDG) and § 18 (2) of the Interstate Media Treaty (Medienstaatsvertrag, MStV).

# Operator of the platform

${fact('operatorName')}\\
${fact('address')}

${fact('legalForm')}, represented by ${fact('representative')}.

# Contact

E-mail: ${fact('email')}\\
Telephone: ${fact('phone')}

# Supervisory authority

${fact('supervisoryAuthority')}

# VAT identification number

${fact('vatId')}

# Responsible for the content under § 18 (2) MStV

${fact('contentResponsible')}

# Content of the development partnerships

The pages of each development partnership (members, committees, requests, decisions and finances) are kept by the partnership itself. Who looks after a partnership is named on its page under “Community management”.

# Software

The platform runs on Allmende, free software under the EUPL-1.2 licence.
`;
}
