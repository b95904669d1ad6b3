/**
 * Demo committees, sessions and votes for the three demo partnerships: the committees of each governance
 * template with a seat for every active member, one closed session with minutes and a vote, one planned
 * session, one written procedure waiting for the demo representative, and for the Geoportal-Verbund a
 * joint decision of both committees (DIPAS: both commissions must approve).
 *
 * Ids are fixed (prefixes 60… to 67…); dates are relative to the day the seed runs. Every name and
 * figure is invented.
 */
import { createHash } from 'node:crypto';
import { AgendaItemKind, SeatKind, SessionStatus } from '../server/src/committees/committee-enums';
import { publicByDefault } from '../server/src/committees/agenda-visibility';
import { CommitteeTemplate, committeeTemplates, templateRuleName } from '../server/src/committees/committee-templates';
import { MembershipStatus } from '../server/src/memberships/membership-status';
import { GermanState, OrganisationKind } from '../server/src/organisations/organisation-kind';
import { Choice, Outcome, tally, TallyResult } from '../server/src/votes/tally';
import { CloseReason, VoteProcedure, VoteStatus } from '../server/src/votes/vote-enums';
import type { AttendanceSnapshot, EntitledSnapshot } from '../server/src/votes/vote.entity';
import { demoMemberships, demoPartnerships } from './demo-data';

export interface DemoCommittee extends Omit<CommitteeTemplate, 'preset'> {
  id: string;
  partnershipId: string;
  ruleName: string;
  feedToken: string;
}

export interface DemoSeat {
  id: string;
  committeeId: string;
  membershipId: string;
  kind: SeatKind;
  chair: boolean;
  startedOn: string;
}

export interface DemoAgendaItem extends Required<ItemSpec> {
  id: string;
  position: number;
}

export interface DemoAttendance {
  membershipId: string;
  present: boolean;
  proxyMembershipId: string | null;
}

export interface DemoSession {
  id: string;
  partnershipId: string;
  committeeId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  videoUrl: string;
  status: SessionStatus;
  invitationsSentAt: Date | null;
  openedAt: Date | null;
  closedAt: Date | null;
  agenda: DemoAgendaItem[];
  attendance: DemoAttendance[];
}

export interface DemoBallot {
  id: string;
  membershipId: string;
  organisationId: string;
  choice: Choice;
  byProxy: boolean;
  receipt: string;
  castAt: Date;
}

export interface DemoVote {
  id: string;
  partnershipId: string;
  committeeId: string;
  sessionId: string | null;
  agendaItemId: string | null;
  decisionId: string | null;
  title: string;
  description: string;
  procedure: VoteProcedure;
  status: VoteStatus;
  rule: CommitteeTemplate['rule'];
  ruleName: string;
  entitled: EntitledSnapshot[];
  attendance: AttendanceSnapshot | null;
  openedAt: Date;
  deadline: Date | null;
  closedAt: Date | null;
  closeReason: CloseReason | null;
  /** The outcome the story tells (minutes, titles); the seed stores tally() and refuses to run if they differ. */
  outcome: Outcome | null;
  ballots: DemoBallot[];
}

export interface DemoDecision {
  id: string;
  partnershipId: string;
  title: string;
  createdAt: Date;
}

export interface DemoApplication {
  id: string;
  partnershipId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  state: GermanState;
  population: number;
  contactName: string;
  contactEmail: string;
  statement: string;
  createdAt: Date;
}

export interface DemoCommitteePlan {
  committees: DemoCommittee[];
  seats: DemoSeat[];
  sessions: DemoSession[];
  decisions: DemoDecision[];
  votes: DemoVote[];
  applications: DemoApplication[];
}

interface ItemSpec {
  kind: AgendaItemKind;
  title: string;
  description: string;
  minutes?: string;
  /** False for a non-public item (fund, prices, procurement); without it, the default for its kind. */
  public?: boolean;
}

/** Membership number (as in demo-data.ts, e.g. 102) -> choice. */
type Choices = Record<number, Choice>;

interface Scenario {
  slug: string;
  /** The committee (template key) that meets and votes in the demo. */
  main: string;
  /** Template key -> membership number of the chair. */
  chairs: Record<string, number>;
  /** Template key -> secret part of the calendar feed address (fixed for the demo). */
  feedTokens: Record<string, string>;
  location: string;
  videoUrl: string;
  /** The last session: its agenda with minutes, who was absent, and the ballots on its DECISION item. */
  closed: {
    items: ItemSpec[];
    absentWithProxy: [absent: number, holder: number];
    absent: number;
    choices: Choices;
    outcome: Outcome;
  };
  /** The next session's agenda after the approval of the last minutes. */
  planned: ItemSpec[];
  /** The open written procedure: ballots cast so far. */
  written: { title: string; description: string; choices: Choices };
  joint?: { title: string; description: string; votes: { committee: string; choices: Choices; outcome: Outcome }[] };
  application?: Omit<DemoApplication, 'id' | 'partnershipId' | 'createdAt'>;
}

const { DECISION, DISCUSSION, INFORMATION } = AgendaItemKind;

const scenarios: Scenario[] = [
  {
    // Model 1: the assembly decides with at least 75 % of the votes cast; Kranichsfurt chairs, Gemeinwerk moderates the call.
    slug: 'offene-datenplattform',
    main: 'assembly',
    chairs: { assembly: 103, technical: 103, 'working-group': 103, 'community-call': 101 },
    feedTokens: {
      assembly: 'b8d6aecd9e7fcb31dcd357bc646bdf0b',
      technical: 'a00931d19c2046f6c6fcf78c6163c364',
      'working-group': '1106e4a789f9c726b9887e27005275c3',
      'community-call': 'f59274bfbf7856ce965247ece6e5a5b8',
    },
    location: 'Rathaus Kranichsfurt, Sitzungssaal 2',
    videoUrl: 'https://video.example.org/kommunalkern-abteilung',
    closed: {
      items: [
        {
          // Running tenders and the state of the maintenance fund: for the members only.
          kind: INFORMATION,
          title: 'Bericht der Geschäftsstelle',
          description: 'Stand der Ausschreibungen, der Wartung und der Finanzen.',
          public: false,
          minutes:
            'Die Geschäftsstelle des Gemeinwerk berichtet: Release 4.2 von KommunalKern ist auf allen Instanzen ausgerollt. ' +
            'Die Ausschreibung für den Betrieb der Testumgebung läuft bis Ende des Monats. Der Wartungsfonds ist zu 68 % ausgeschöpft.',
        },
        {
          kind: DISCUSSION,
          title: 'Erfahrungen mit dem Verkehrsdatenmodul',
          description: 'Berichte der Mitglieder, die das Modul seit dem Frühjahr produktiv einsetzen.',
          minutes:
            'Lindenfeld und Silberau berichten von stabilen Datenflüssen aus zusammen 140 Zählstellen. Eichenbrunn wünscht eine ' +
            'bessere Dokumentation der Schnittstelle; das Technische Komitee nimmt den Wunsch auf.',
        },
        {
          kind: DECISION,
          title: 'Gemeinsame Entwicklung des Moduls Parkraumsensorik',
          description:
            'Antrag von Kranichsfurt und Saarbrunnen: Das Modul wird für alle Mitglieder entwickelt und aus dem gemeinsamen ' +
            'Budget finanziert (geschätzt 86.000 EUR).',
          minutes:
            'Der Antrag ist angenommen: 6 Ja-Stimmen, 1 Nein-Stimme und 1 Enthaltung, also 75 % der abgegebenen Stimmen ' +
            '(mindestens 75 % erforderlich). Kranichsfurt hat die Stimme von Kalkbergen in Vollmacht abgegeben.',
        },
        {
          kind: INFORMATION,
          title: 'Verschiedenes',
          description: '',
          minutes: 'Der nächste Community-Call findet wie gewohnt am ersten Donnerstag des Monats statt.',
        },
      ],
      absentWithProxy: [108, 103],
      absent: 111,
      choices: { 102: 'YES', 103: 'YES', 104: 'YES', 106: 'NO', 107: 'YES', 108: 'YES', 109: 'ABSTAIN', 110: 'YES' },
      outcome: 'ACCEPTED',
    },
    planned: [
      {
        kind: DECISION,
        title: 'Schnittstelle für Luftqualitätsdaten nach OGC SensorThings API',
        description:
          'Antrag von Silberau: KommunalKern erhält eine Schnittstelle, über die Messstationen Luftqualitätsdaten nach dem ' +
          'Standard OGC SensorThings API liefern. Das Technische Komitee schätzt den Aufwand auf rund 40 Personentage.',
      },
      {
        kind: INFORMATION,
        title: 'Bericht aus dem Technischen Komitee',
        description: 'Architekturentscheidungen und Planung des nächsten Release.',
      },
    ],
    written: {
      title: 'Verlängerung des Hostingvertrags für KommunalKern bis Ende 2028',
      description:
        'Der Betrieb der Produktivumgebung wird zu unveränderten Konditionen um zwei Jahre verlängert: 41.500 EUR im Jahr, ' +
        'aufgeteilt nach dem Beitragsschlüssel der Mitglieder.',
      choices: { 103: 'YES', 104: 'YES', 106: 'NO', 107: 'YES', 110: 'YES' },
    },
    application: {
      organisationName: 'Stadt Lindenhain',
      organisationKind: OrganisationKind.MUNICIPALITY,
      state: GermanState.HE,
      population: 46_210,
      contactName: 'Miriam Albers',
      contactEmail: 'miriam.albers@example.org',
      statement:
        'Die Stadt Lindenhain baut eine urbane Datenplattform auf und möchte KommunalKern gemeinsam mit den Mitgliedern ' +
        'weiterentwickeln, statt eine eigene Lösung zu beschaffen. Wir bringen Erfahrung mit Umweltsensorik ein und würden ' +
        'uns an der Arbeitsgruppe Anforderungen beteiligen.',
    },
  },
  {
    // Model 2: the Landesamt chairs both committees; one vote per partner, a tie goes to the chair.
    slug: 'geoportal-verbund',
    main: 'strategic',
    chairs: { strategic: 201, technical: 201 },
    feedTokens: { strategic: 'eda2833e5ec054cfb3451890db6f1e2c', technical: '095b35b95a9f67da184ab5fc085634b0' },
    location: 'Landesamt für Geobasisdaten und Raumbeobachtung, Raum 1.14',
    videoUrl: 'https://video.example.org/kartenwerk-komitee',
    closed: {
      items: [
        {
          kind: INFORMATION,
          title: 'Bericht des Produktmanagements',
          description: 'Roadmap und Stand der nächsten Versionen.',
          minutes:
            'Das Landesamt stellt die Roadmap bis Mitte 2027 vor: Version 3.8 mit neuer Druckfunktion ist im Test, Version 4.0 ' +
            'stellt auf OGC API – Features um.',
        },
        {
          kind: INFORMATION,
          title: 'Stand des Entwicklungsfonds',
          public: false,
          description: 'Bericht der Datenzentrale über Einzahlungen und Ausgaben.',
          minutes:
            'Die Datenzentrale berichtet: Alle Beiträge für das laufende Jahr sind eingegangen, der Fonds umfasst 48.000 EUR.',
        },
        {
          kind: DISCUSSION,
          title: 'Pull Requests der Mitglieder',
          description: 'Vorstellung der Erweiterungen, die Mitglieder für den Kern anbieten.',
          minutes:
            'Lindenfeld stellt die Erweiterung für Baustelleninformationen vor. Das Technische Komitee prüft den Pull Request, ' +
            'bevor beide Komitees über die Aufnahme in den Kern entscheiden.',
        },
        {
          // The fund's items and the vote on them are for the members only: the public sees TOP 1 and 3.
          kind: DECISION,
          title: 'Mittelverwendung des Entwicklungsfonds 2027',
          public: false,
          description:
            'Vorschlag der Datenzentrale: 50 % Fehlerbehebung, 20 % Optimierung, 20 % Dokumentation, 10 % Community-Tests.',
          minutes:
            'Bei 4 Ja-Stimmen, 4 Nein-Stimmen und 2 Enthaltungen entscheidet nach der Geschäftsordnung die Stimme des Vorsitzes; ' +
            'das Landesamt hat mit Ja gestimmt, der Vorschlag ist angenommen. Der Landkreis Mittelhaide hat die Stimme von Mühlhagen ' +
            'in Vollmacht abgegeben.',
        },
      ],
      absentWithProxy: [207, 206],
      absent: 211,
      choices: {
        201: 'YES',
        203: 'YES',
        204: 'NO',
        205: 'YES',
        206: 'NO',
        207: 'NO',
        209: 'ABSTAIN',
        210: 'YES',
        212: 'NO',
        213: 'ABSTAIN',
      },
      outcome: 'ACCEPTED',
    },
    planned: [
      {
        kind: DECISION,
        title: 'Zeitleiste für historische Luftbilder',
        description:
          'Antrag des Landkreises Mittelhaide: Kartenwerk erhält einen Schieberegler, mit dem Luftbilder ab 1950 im Zeitverlauf ' +
          'verglichen werden können. Mittelhaide, Störmünde und Spreewiesen finanzieren die Entwicklung gemeinsam.',
      },
      {
        kind: INFORMATION,
        title: 'Termine der Sprint-Reviews',
        description: 'Die Datenzentrale stellt die Termine für das erste Halbjahr vor.',
      },
    ],
    written: {
      title: 'Verlängerung des Wartungsvertrags mit der Datenzentrale bis 2028',
      description:
        'Die Datenzentrale Küstenländer betreut Gremien, Kommunikation und Releases weiter zu den bisherigen Bedingungen; ' +
        'die Kosten trägt der Entwicklungsfonds.',
      choices: { 203: 'YES', 204: 'YES', 205: 'ABSTAIN', 206: 'YES', 209: 'NO' },
    },
    joint: {
      title: 'Barrierefreie Kartenbedienung in den Kern aufnehmen',
      description:
        'Pull Request von Kranichsfurt: Tastaturbedienung und Screenreader-Unterstützung nach BITV 2.0 werden Teil des Kerns. ' +
        'Beide Komitees müssen zustimmen.',
      votes: [
        {
          committee: 'strategic',
          choices: {
            201: 'YES',
            203: 'YES',
            204: 'YES',
            205: 'YES',
            206: 'YES',
            207: 'NO',
            209: 'YES',
            210: 'ABSTAIN',
            211: 'YES',
            212: 'YES',
            213: 'YES',
          },
          outcome: 'ACCEPTED',
        },
        {
          committee: 'technical',
          choices: {
            201: 'YES',
            203: 'YES',
            204: 'YES',
            205: 'YES',
            206: 'ABSTAIN',
            209: 'YES',
            210: 'YES',
            212: 'NO',
            213: 'YES',
          },
          outcome: 'ACCEPTED',
        },
      ],
    },
  },
  {
    // Model 3: the provider steers without a vote; the advisory board recommends. Großenbrück chairs.
    slug: 'dorf-app',
    main: 'advisory-board',
    chairs: { assembly: 303, 'advisory-board': 303 },
    feedTokens: { assembly: 'f3b21015c92fd0759d1495dbaf66389a', 'advisory-board': '5e8e6ab550cdbc04d86abaa0c9e69b51' },
    location: 'Dorfgemeinschaftshaus Großenbrück',
    videoUrl: 'https://video.example.org/dorfplatz-beirat',
    closed: {
      items: [
        {
          kind: INFORMATION,
          title: 'Bericht der Dorfnetz Software GmbH',
          description: 'Nutzung, Betrieb und Stand der Roadmap.',
          minutes:
            'Dorfnetz berichtet über 38.000 aktive Nutzerinnen und Nutzer in zehn Kommunen; der Mängelmelder wird am häufigsten genutzt.',
        },
        {
          kind: DISCUSSION,
          title: 'Ergebnis der Interessenabfrage zur Mitfahrbank',
          description: 'Auswertung der dreiwöchigen Umfrage unter den Kommunen.',
          minutes:
            'An der Interessenabfrage haben sich sieben Kommunen beteiligt; fünf würden die Erweiterung mitfinanzieren.',
        },
        {
          kind: DECISION,
          title: 'Empfehlung: Mitfahrbank mit Push-Benachrichtigung in die Roadmap 2027',
          description:
            'Der Beirat empfiehlt dem Anbieter, die Mitfahrbank um Benachrichtigungen über Mitfahrangebote zu erweitern; ' +
            'die Kosten von 24.000 EUR teilen sich die interessierten Kommunen.',
          minutes:
            'Die Empfehlung ist angenommen: 7 Ja-Stimmen gegen 2 Nein-Stimmen bei 1 Enthaltung, gewichtet (der Landkreis ' +
            'Rhönwiesen hat Stimmgewicht 2). Süderwiek hat die Stimme von Dünenhagen in Vollmacht abgegeben.',
        },
        {
          kind: INFORMATION,
          title: 'Termine und Verschiedenes',
          description: '',
          minutes: 'Die Mitgliederversammlung findet im Frühjahr statt.',
        },
      ],
      absentWithProxy: [307, 305],
      absent: 311,
      choices: {
        302: 'YES',
        303: 'YES',
        304: 'YES',
        305: 'NO',
        306: 'YES',
        307: 'NO',
        308: 'YES',
        309: 'YES',
        310: 'ABSTAIN',
      },
      outcome: 'ACCEPTED',
    },
    planned: [
      {
        kind: DECISION,
        title: 'Empfehlung: Raumbuchung für Dorfgemeinschaftshäuser',
        description:
          'Antrag von Holunderhain und Oberfichtach: Vereine buchen Dorfgemeinschaftshäuser direkt in der App. Dorfnetz ' +
          'schätzt den Aufwand auf 18.000 EUR.',
      },
      {
        kind: INFORMATION,
        title: 'Vorstellung der Roadmap 2027',
        description: 'Dorfnetz stellt die geplanten Versionen vor.',
      },
    ],
    written: {
      title: 'Übersetzung der App in Leichte Sprache',
      description:
        'Dorfnetz überträgt alle Texte der App in Leichte Sprache; die Kosten von 9.500 EUR teilen sich alle Mitglieder.',
      choices: { 303: 'YES', 304: 'YES', 306: 'NO', 308: 'YES', 309: 'ABSTAIN' },
    },
  },
];

const uuid = (prefix: string, n: number): string => `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
/** The id scheme of demo-data.ts: membership 102 is 30000000-0000-4000-8000-000000000102. */
export const demoMembershipId = (n: number): string => uuid('30000000', n);
const ids = {
  committee: (p: number, i: number) => uuid('60000000', p * 100 + i),
  seat: (committeeNo: number, membershipNo: number) => uuid('61000000', committeeNo * 1_000_000 + membershipNo),
  /** k = 1: the closed session, 2: the planned one. */
  session: (p: number, k: number) => uuid('62000000', p * 10 + k),
  agendaItem: (sessionNo: number, position: number) => uuid('63000000', sessionNo * 100 + position),
  decision: (p: number) => uuid('64000000', p * 10 + 1),
  /** k = 1: the vote of the closed session, 2: the open written procedure, 3 and 4: a joint decision. */
  vote: (p: number, k: number) => uuid('65000000', p * 10 + k),
  ballot: (voteNo: number, membershipNo: number) => uuid('66000000', voteNo * 1000 + membershipNo),
  application: (p: number) => uuid('67000000', p * 10 + 1),
};

/**
 * "DEMO-7K2Q-M9XD": fixed per ballot and readable like a real receipt, but never one: real receipts use
 * Crockford's alphabet, which has no O.
 */
export function demoReceipt(ballotId: string): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const chars = [...createHash('sha256').update(ballotId).digest().subarray(0, 8)]
    .map((b) => alphabet[b % 32])
    .join('');
  return `DEMO-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The stored result of a closed vote: tally() over its ballots, exactly as closing it in the portal would. */
export function demoResult(vote: DemoVote): TallyResult {
  const voters = vote.entitled.map((e) => ({
    id: e.membershipId,
    weight: e.weight,
    vetoHolder: e.vetoHolder,
    chair: e.chair,
  }));
  const ballots = vote.ballots.map((b) => ({ voterId: b.membershipId, choice: b.choice }));
  return tally(vote.rule, voters, ballots, vote.attendance ?? undefined);
}

const HOUR = 3600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;
/** A time of day (UTC) some days from the day `now` falls on; a Saturday or Sunday moves on to the Monday. */
const dayAt = (now: Date, days: number, hour: number, minute = 0) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hour, minute));
  const weekend = { 6: 2, 0: 1 }[d.getUTCDay()] ?? 0;
  return new Date(d.getTime() + weekend * DAY);
};
const monthDe = (d: Date) =>
  new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(d);
const dateDe = (d: Date) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(d);

type VoteFields = Pick<
  DemoVote,
  'title' | 'description' | 'procedure' | 'status' | 'openedAt' | 'deadline' | 'closedAt' | 'closeReason' | 'outcome'
> &
  Partial<Pick<DemoVote, 'sessionId' | 'agendaItemId' | 'decisionId' | 'attendance'>>;

/** Builds the whole plan; pure apart from reading the demo data, so tests can check it without a database. */
export function demoCommitteePlan(now: Date = new Date()): DemoCommitteePlan {
  const plan: DemoCommitteePlan = {
    committees: [],
    seats: [],
    sessions: [],
    decisions: [],
    votes: [],
    applications: [],
  };
  const memberships = new Map(demoMemberships.map((m) => [m.id, m]));
  const membership = (n: number) => {
    const m = memberships.get(demoMembershipId(n));
    if (!m) throw new Error(`demo committees refer to membership ${n}, which the demo data does not have`);
    return m;
  };
  const numberOf = (id: string) => Number(id.slice(-12));

  for (const s of scenarios) {
    const p = demoPartnerships.findIndex((x) => x.slug === s.slug) + 1;
    const partnership = demoPartnerships[p - 1];
    if (!partnership) throw new Error(`no demo partnership ${s.slug}`);
    const active = demoMemberships.filter(
      (m) => m.partnershipId === partnership.id && m.status === MembershipStatus.ACTIVE,
    );
    const committees = new Map<string, DemoCommittee>();
    committeeTemplates(partnership.governanceModel).forEach((t, i) => {
      const { preset: _preset, ...fields } = t;
      const committee: DemoCommittee = {
        ...fields,
        id: ids.committee(p, i + 1),
        partnershipId: partnership.id,
        ruleName: templateRuleName(t),
        feedToken: s.feedTokens[t.key],
      };
      committees.set(t.key, committee);
      plan.committees.push(committee);
      for (const m of active) {
        plan.seats.push({
          id: ids.seat(numberOf(committee.id), numberOf(m.id)),
          committeeId: committee.id,
          membershipId: m.id,
          kind: m.voting && committee.votes ? SeatKind.VOTING : SeatKind.ADVISORY,
          chair: m.id === demoMembershipId(s.chairs[t.key]),
          startedOn: m.joinedOn as string,
        });
      }
    });

    /** Voting seats of a committee as a vote copies them when it opens (ordered like the portal's query). */
    const entitledOf = (committee: DemoCommittee): EntitledSnapshot[] =>
      plan.seats
        .filter((seat) => seat.committeeId === committee.id && seat.kind === SeatKind.VOTING)
        .map((seat) => {
          const m = membership(numberOf(seat.membershipId));
          return {
            membershipId: m.id,
            organisationId: m.organisationId,
            weight: m.voteWeight,
            vetoHolder: m.vetoRight,
            chair: seat.chair,
          };
        })
        .sort((a, b) => a.membershipId.localeCompare(b.membershipId));
    /** Vote k of the partnership, with its ballots cast `step` ms apart from `firstCast` on. */
    const vote = (
      k: number,
      committee: DemoCommittee,
      fields: VoteFields,
      choices: Choices,
      firstCast: Date,
      step: number,
    ): DemoVote => {
      const attendance = fields.attendance ?? null;
      const ballots = Object.entries(choices).map(([n, choice], i): DemoBallot => {
        const id = ids.ballot(p * 10 + k, Number(n));
        const m = membership(Number(n));
        const byProxy = !!attendance && !attendance.present.includes(m.id);
        return {
          id,
          membershipId: m.id,
          organisationId: m.organisationId,
          choice,
          byProxy,
          receipt: demoReceipt(id),
          castAt: new Date(firstCast.getTime() + i * step),
        };
      });
      const { id: committeeId, rule, ruleName } = committee;
      return {
        sessionId: null,
        agendaItemId: null,
        decisionId: null,
        ...fields,
        attendance,
        id: ids.vote(p, k),
        partnershipId: partnership.id,
        committeeId,
        rule,
        ruleName,
        entitled: entitledOf(committee),
        ballots,
      };
    };
    const main = committees.get(s.main) as DemoCommittee;
    /** Session k of the main committee, three hours from `startsAt`. */
    const session = (
      k: number,
      startsAt: Date,
      status: SessionStatus,
      items: ItemSpec[],
      attendance: DemoAttendance[],
    ): DemoSession => {
      const held = status === SessionStatus.CLOSED;
      const endsAt = new Date(startsAt.getTime() + 3 * HOUR);
      return {
        id: ids.session(p, k),
        partnershipId: partnership.id,
        committeeId: main.id,
        title: `${main.name} ${monthDe(startsAt)}`,
        startsAt,
        endsAt,
        location: s.location,
        videoUrl: s.videoUrl,
        status,
        invitationsSentAt: held ? new Date(startsAt.getTime() - 14 * DAY) : null,
        openedAt: held ? startsAt : null,
        closedAt: held ? endsAt : null,
        agenda: items.map((item, i) => ({
          minutes: '',
          public: publicByDefault(item),
          ...item,
          id: ids.agendaItem(p * 10 + k, i + 1),
          position: i + 1,
        })),
        attendance,
      };
    };

    // The closed session of the main committee, about six weeks ago, and the vote on its DECISION item.
    const [absent, holder] = s.closed.absentWithProxy.map(demoMembershipId);
    const attendance = active.map((m) => ({
      membershipId: m.id,
      present: m.id !== absent && m.id !== demoMembershipId(s.closed.absent),
      proxyMembershipId: m.id === absent ? holder : null,
    }));
    const closed = session(1, dayAt(now, -42, 9), SessionStatus.CLOSED, s.closed.items, attendance);
    plan.sessions.push(closed);
    const voting = new Set(entitledOf(main).map((e) => e.membershipId));
    const item = closed.agenda.find((a) => a.kind === AgendaItemKind.DECISION) as DemoAgendaItem;
    const opened = new Date(closed.startsAt.getTime() + 95 * MINUTE);
    const fields: VoteFields = {
      sessionId: closed.id,
      agendaItemId: item.id,
      title: item.title,
      description: item.description,
      procedure: VoteProcedure.SESSION,
      status: VoteStatus.CLOSED,
      attendance: {
        present: attendance.filter((a) => a.present && voting.has(a.membershipId)).map((a) => a.membershipId),
        proxies: { [absent]: holder },
      },
      openedAt: opened,
      deadline: null,
      closedAt: new Date(opened.getTime() + 12 * MINUTE),
      closeReason: CloseReason.MANUAL,
      outcome: s.closed.outcome,
    };
    plan.votes.push(vote(1, main, fields, s.closed.choices, new Date(opened.getTime() + MINUTE), MINUTE));

    // The next session, about three weeks ahead: it approves the minutes of the last one.
    const approval = {
      kind: AgendaItemKind.DECISION,
      title: 'Genehmigung des Protokolls der letzten Sitzung',
      description: `Protokoll der Sitzung vom ${dateDe(closed.startsAt)}.`,
    };
    plan.sessions.push(session(2, dayAt(now, 21, 9), SessionStatus.PLANNED, [approval, ...s.planned], []));

    // A written procedure (Umlaufverfahren), open for ten more days; the representative's member has not voted.
    const writtenOpened = dayAt(now, -4, 8);
    const written: VoteFields = {
      title: s.written.title,
      description: s.written.description,
      procedure: VoteProcedure.WRITTEN,
      status: VoteStatus.OPEN,
      openedAt: writtenOpened,
      deadline: dayAt(now, 10, 16),
      closedAt: null,
      closeReason: null,
      outcome: null,
    };
    plan.votes.push(vote(2, main, written, s.written.choices, new Date(writtenOpened.getTime() + 2 * HOUR), 5 * HOUR));

    const joint = s.joint;
    if (joint) {
      // A question for several committees, decided in writing: accepted only when every committee accepts.
      const decision: DemoDecision = {
        id: ids.decision(p),
        partnershipId: partnership.id,
        title: joint.title,
        createdAt: dayAt(now, -30, 8),
      };
      plan.decisions.push(decision);
      const deadline = dayAt(now, -16, 16);
      joint.votes.forEach((v, i) => {
        const fields: VoteFields = {
          decisionId: decision.id,
          title: joint.title,
          description: joint.description,
          procedure: VoteProcedure.WRITTEN,
          status: VoteStatus.CLOSED,
          openedAt: decision.createdAt,
          deadline,
          closedAt: deadline,
          closeReason: CloseReason.DEADLINE,
          outcome: v.outcome,
        };
        plan.votes.push(
          vote(
            3 + i,
            committees.get(v.committee) as DemoCommittee,
            fields,
            v.choices,
            new Date(decision.createdAt.getTime() + 3 * HOUR),
            9 * HOUR,
          ),
        );
      });
    }

    if (s.application)
      plan.applications.push({
        ...s.application,
        id: ids.application(p),
        partnershipId: partnership.id,
        createdAt: dayAt(now, -5, 14, 12),
      });
  }
  return plan;
}
