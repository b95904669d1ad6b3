import { Language } from '../users/language';

/** A change of who represents a member organisation, told to its other representatives. */
export interface RepresentationChange {
  kind: 'invited' | 'granted' | 'removed';
  organisationName: string;
  partnershipName: string;
  /** The person invited, who took the role, or who lost it. */
  person: string;
  /** Who did it (for `granted`: who had invited the person). */
  actor: string;
  /** The partnership's people page, where representatives see and withdraw roles and invitations. */
  link: string;
}

/** Subject and text in the recipient's language. */
export function representationMail(
  language: Language,
  recipientName: string,
  change: RepresentationChange,
): { subject: string; body: string } {
  const { organisationName: org, partnershipName: partnership, person, actor, link } = change;
  if (language === Language.EN) {
    const what = {
      invited: [
        `Representative of ${org} invited`,
        `${actor} has invited ${person} to represent ${org} in ${partnership}.`,
      ],
      granted: [
        `New representative of ${org}`,
        `${person} now represents ${org} in ${partnership} (invited by ${actor}).`,
      ],
      removed: [
        `Representative of ${org} removed`,
        `${actor} has removed ${person} as a representative of ${org} in ${partnership}.`,
      ],
    }[change.kind];
    return {
      subject: `${what[0]} – ${partnership}`,
      body:
        `Hello ${recipientName},\n\n${what[1]} Representatives cast ${org}'s votes and sign its contracts.\n\n` +
        `You receive this because you represent ${org}. If this was not agreed within your organisation, review the roles and open invitations here:\n${link}\n` +
        `and contact the platform's administrators.`,
    };
  }
  const what = {
    invited: [
      `Vertretung von ${org} eingeladen`,
      `${actor} hat ${person} eingeladen, ${org} in ${partnership} zu vertreten.`,
    ],
    granted: [
      `Neue Vertretung von ${org}`,
      `${person} vertritt jetzt ${org} in ${partnership} (eingeladen von ${actor}).`,
    ],
    removed: [
      `Vertretung von ${org} entfernt`,
      `${actor} hat ${person} als Vertretung von ${org} in ${partnership} entfernt.`,
    ],
  }[change.kind];
  return {
    subject: `${what[0]} – ${partnership}`,
    body:
      `Hallo ${recipientName},\n\n${what[1]} Vertretungen geben die Stimmen von ${org} ab und unterzeichnen ihre Verträge.\n\n` +
      `Sie erhalten diese E-Mail, weil Sie ${org} vertreten. Wenn das in Ihrer Organisation nicht abgesprochen ist, prüfen Sie Rollen und offene Einladungen hier:\n${link}\n` +
      `und wenden Sie sich an die Administration der Plattform.`,
  };
}
