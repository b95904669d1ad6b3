/**
 * The stories behind the demo feature requests (demo-requests.ts builds and checks them). Each partnership
 * runs the study's process closest to its story:
 *
 * - Offene Datenplattform (model 1, an association as backbone): Civitas Connect, variant 1 — the department
 *   assembly decides with at least 75 %, then every member signs and the core is extended.
 * - Geoportal-Verbund (model 2): Masterportal, not DIPAS, although both have the two committees this
 *   partnership has. Its product is a browser geoportal, its lead state body manages pull requests and
 *   releases, a development fund pays fixes, and the joint decision demo-committees.ts seeds is about a
 *   member's pull request ("Pull Request von Kranichsfurt …"): that is the Masterportal path (build first,
 *   then both committees take it into the core), where DIPAS decides before anything is built.
 * - Dorf-App (model 3, a provider steers): the Smart Village App's target process — a survey of three
 *   weeks, grouping, requirement and estimate, cost sharing, development, pilot, release.
 *
 * Stories are listed in the order they were submitted (that gives their numbers). Every name and figure is
 * invented.
 */
import { InterestKind, RequestKind, RequestTarget } from '../server/src/feature-requests/feature-request-enums';
import type { FundingRoute, TemplateKey } from '../server/src/feature-requests/workflow.types';
import type { DemoVote } from './demo-committees';
import { MessageRef, msg } from '../server/src/common/i18n/messages';

/** Who acts: the demo community manager, product owner or representative of the partnership; SYSTEM: a job or a closed vote. */
export type StoryActor = 'CM' | 'PO' | 'REP';

export interface StoryStep {
  to: string;
  at: Date;
  actor: StoryActor | 'SYSTEM';
  /** What a person typed, or the portal's own reason as the message it stores. */
  reason?: string | MessageRef;
}

export interface RequestStory {
  title: string;
  description: string;
  kind: RequestKind;
  target: RequestTarget;
  fundingRoute: FundingRoute;
  /** Membership number (as in demo-data.ts) it was filed for. */
  member: number | null;
  /** REP: by the demo representative for its own member; CM: by the community management on the member's behalf. */
  filedBy: 'REP' | 'CM';
  submittedAt: Date;
  /** Every transition after the submission, in order. */
  steps: StoryStep[];
  /** [membership number, kind, euros it would co-fund (WILL_CO_FUND only), day it was declared]. */
  interest?: [number, InterestKind, number | null, number][];
  survey?: { deadline: Date };
  assessment?: { at: Date; feasible: boolean; coreCapable: boolean; notes: string };
  estimate?: {
    at: Date;
    personDays: number;
    euros: number;
    providerOrganisationId?: string;
    offerDocumentUrl?: string;
  };
  financedAt?: Date;
  /** The seeded votes that decided it (several: a joint decision). */
  decidedBy?: DemoVote[];
  /** The DECISION item of a planned session it waits on. */
  agendaItemId?: string;
  release?: { version: string; changelog: string };
  /** Title of the request it was merged into; its last step is the withdrawal. */
  duplicateOf?: string;
  /** [author, day, text]. */
  comments?: [StoryActor, number, string][];
}

export interface StoryContext {
  /** A time `day` days from the day the seed runs (negative: ago), at `hour` UTC. */
  at(day: number, hour?: number): Date;
  shift(date: Date, days: number): Date;
  /** A seeded vote's result in both languages, as the closed vote writes it into the timeline. */
  sentence(vote: DemoVote): MessageRef;
  organisation(name: string): string;
  /** The vote of the partnership's closed session. */
  sessionVote(): DemoVote;
  /** The votes of the partnership's joint decision, in committee order. */
  jointVotes(): DemoVote[];
  /** The id of the agenda item with this title in the partnership's planned session. */
  plannedItem(title: string): string;
}

const { FEATURE, BUG_FIX, DOCUMENTATION, OPTIMISATION } = RequestKind;
const { CORE, MODULE } = RequestTarget;
const { SUPPORT, WILL_USE, WILL_CO_FUND } = InterestKind;
const WRITTEN = msg('records.timeline.putToWrittenProcedure');
const AGENDA = msg('records.timeline.putOnAgenda');
/** The reasons the portal writes when it starts and closes a survey (FeatureRequestsService, SurveyJobs). */
const surveyUntil = (start: Date, deadline: Date) =>
  msg('records.timeline.surveyStarted', {
    deadline,
    count: Math.round((deadline.getTime() - start.getTime()) / 86_400_000),
  });
const surveyClosed = (count: number) => msg('records.timeline.surveyClosed', { count });

function offeneDatenplattform(c: StoryContext): RequestStory[] {
  const parking = c.sessionVote();
  const parkingOnAgenda = c.shift(parking.openedAt, -21);
  return [
    {
      title: 'Modul Parkraumsensorik',
      description:
        'KommunalKern soll Belegungsdaten von Parkraumsensoren (LoRaWAN) übernehmen, vereinheitlichen und als Zeitreihe und ' +
        'Echtzeit-Schnittstelle bereitstellen. Kranichsfurt und Saarbrunnen betreiben zusammen rund 1.200 Sensoren.\n\n' +
        '**Ziel:** freie Stellplätze im Stadtportal und in Navigations-Apps anzeigen.',
      kind: FEATURE,
      target: MODULE,
      fundingRoute: 'ALL_MEMBERS',
      member: 103,
      filedBy: 'CM',
      submittedAt: c.at(-130),
      interest: [
        [107, SUPPORT, null, -125],
        [102, WILL_USE, null, -120],
        [108, WILL_USE, null, -110],
        [104, SUPPORT, null, -109],
      ],
      assessment: {
        at: c.at(-100),
        feasible: true,
        coreCapable: true,
        notes:
          'Der Arbeitskreis Mobilität empfiehlt ein eigenes Modul mit Anbindung an den Datenkatalog; die Sensor-Hersteller liefern offene Formate.',
      },
      estimate: {
        at: c.at(-80),
        personDays: 110,
        euros: 86_000,
        offerDocumentUrl: 'https://dokumente.example.org/kommunalkern/angebot-parkraumsensorik.pdf',
      },
      decidedBy: [parking],
      financedAt: c.shift(parking.closedAt as Date, 20),
      steps: [
        { to: 'ASSESSMENT', at: c.at(-118), actor: 'CM', reason: 'Vorbereitung im Arbeitskreis Mobilität' },
        { to: 'IN_DECISION', at: parkingOnAgenda, actor: 'CM', reason: AGENDA },
        { to: 'FINANCING', at: parking.closedAt as Date, actor: 'SYSTEM', reason: c.sentence(parking) },
        {
          to: 'IN_DEVELOPMENT',
          at: c.shift(parking.closedAt as Date, 22),
          actor: 'PO',
          reason: 'Alle Kooperationsverträge sind unterzeichnet.',
        },
      ],
      comments: [
        ['PO', -12, 'Der erste Sprint ist abgeschlossen: Die Sensoren aus Kranichsfurt liefern in die Testumgebung.'],
      ],
    },
    {
      title: 'Anmeldung über den Landes-Keycloak für alle Mandanten',
      description:
        'Beschäftigte des Landkreises sollen sich mit ihrem Konto aus dem Landesportal anmelden können, statt ein eigenes Konto in KommunalKern zu pflegen.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'ALL_MEMBERS',
      member: 111,
      filedBy: 'CM',
      submittedAt: c.at(-90),
      steps: [
        { to: 'ASSESSMENT', at: c.at(-85), actor: 'CM' },
        {
          to: 'WITHDRAWN',
          at: c.at(-70),
          actor: 'CM',
          reason:
            'Auf Wunsch des Landkreises zurückgezogen: Release 4.2 bringt die Anmeldung über OpenID Connect bereits mit.',
        },
      ],
    },
    {
      title: 'Schnittstelle für Luftqualitätsdaten nach OGC SensorThings API',
      description:
        'Messstationen sollen Luftqualitätsdaten (Feinstaub, Stickstoffdioxid, Ozon) nach dem Standard OGC SensorThings API ' +
        'liefern können. Silberau bindet damit 24 Stationen an, weitere Mitglieder haben Interesse angemeldet.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'ALL_MEMBERS',
      member: 104,
      filedBy: 'CM',
      submittedAt: c.at(-60),
      interest: [
        [102, WILL_USE, null, -50],
        [106, SUPPORT, null, -48],
        [110, WILL_CO_FUND, 5_000, -30],
      ],
      assessment: {
        at: c.at(-40),
        feasible: true,
        coreCapable: true,
        notes: 'Passt zur bestehenden Zeitreihenhaltung; das Technische Komitee schätzt rund 40 Personentage.',
      },
      estimate: {
        at: c.at(-20),
        personDays: 40,
        euros: 38_000,
        offerDocumentUrl: 'https://dokumente.example.org/kommunalkern/angebot-sensorthings.pdf',
      },
      agendaItemId: c.plannedItem('Schnittstelle für Luftqualitätsdaten nach OGC SensorThings API'),
      steps: [
        { to: 'ASSESSMENT', at: c.at(-55), actor: 'CM', reason: 'Vorbereitung im Technischen Komitee' },
        { to: 'IN_DECISION', at: c.at(-6), actor: 'CM', reason: AGENDA },
      ],
    },
    {
      title: 'Dokumentation der Verkehrsdaten-Schnittstelle',
      description:
        'Die Schnittstelle des Verkehrsdatenmoduls braucht eine vollständige Beschreibung mit Beispielen für Zählstellen, Datenformate und Fehlercodes.',
      kind: DOCUMENTATION,
      target: CORE,
      fundingRoute: 'ALL_MEMBERS',
      member: 106,
      filedBy: 'CM',
      submittedAt: c.at(-38),
      interest: [
        [102, SUPPORT, null, -35],
        [104, WILL_USE, null, -34],
        [107, SUPPORT, null, -33],
      ],
      assessment: {
        at: c.at(-12),
        feasible: true,
        coreCapable: true,
        notes: 'Eine OpenAPI-Beschreibung entsteht aus dem Code; die Beispiele schreibt der Arbeitskreis.',
      },
      steps: [{ to: 'ASSESSMENT', at: c.at(-30), actor: 'PO' }],
    },
    {
      title: 'Export von Zeitreihen als CSV und Parquet',
      description:
        'Nutzerinnen und Nutzer sollen jede Zeitreihe für einen gewählten Zeitraum als CSV- oder Parquet-Datei herunterladen können, auch für große Zeiträume.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'ALL_MEMBERS',
      member: 102,
      filedBy: 'REP',
      submittedAt: c.at(-14),
      interest: [[104, SUPPORT, null, -10]],
      steps: [],
      comments: [
        ['PO', -9, 'Danke für den Antrag! Wir nehmen ihn in den Arbeitskreis Daten mit. Reicht für euch zunächst CSV?'],
        ['REP', -8, 'CSV reicht für den Anfang; Parquet brauchen wir für die Auswertungen der Verkehrsplanung.'],
      ],
    },
    {
      title: 'CSV-Download für Messreihen',
      description: 'Messreihen sollen sich als CSV-Datei herunterladen lassen.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'ALL_MEMBERS',
      member: 109,
      filedBy: 'CM',
      submittedAt: c.at(-12),
      duplicateOf: 'Export von Zeitreihen als CSV und Parquet',
      steps: [{ to: 'WITHDRAWN', at: c.at(-9, 14), actor: 'CM' }],
    },
  ];
}

function geoportalVerbund(c: StoryContext): RequestStory[] {
  const joint = c.jointVotes();
  const jointClosed = joint[joint.length - 1].closedAt as Date;
  return [
    {
      title: 'Fachmodul Bodenrichtwerte',
      description: 'Ein Modul zeigt die Bodenrichtwerte des Landes mit Zonen, Stichtagen und Auskunftsformular an.',
      kind: FEATURE,
      target: MODULE,
      fundingRoute: 'SINGLE_MEMBER',
      member: 201,
      filedBy: 'REP',
      submittedAt: c.at(-200),
      financedAt: c.at(-190),
      steps: [
        { to: 'FINANCING', at: c.at(-196), actor: 'REP', reason: 'Das Landesamt finanziert aus eigenem Haushalt.' },
        { to: 'IN_DEVELOPMENT', at: c.at(-185), actor: 'REP' },
        {
          to: 'DEVELOPED_OUTSIDE',
          at: c.at(-90),
          actor: 'REP',
          reason: 'Landesspezifisch; das Modul bleibt im Repository des Landesamts.',
        },
      ],
    },
    {
      title: 'Barrierefreiheit der Kartenansicht',
      description:
        'Die Kartenansicht soll vollständig per Tastatur bedienbar sein und Screenreader unterstützen (BITV 2.0): Fokusreihenfolge, ' +
        'Tastenkürzel für Zoomen und Verschieben, Textalternativen für Themenkarten. Kranichsfurt entwickelt und bietet es als Pull Request an.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'SINGLE_MEMBER',
      member: 205,
      filedBy: 'CM',
      submittedAt: c.at(-160),
      interest: [
        [203, WILL_USE, null, -150],
        [204, SUPPORT, null, -149],
        [209, WILL_USE, null, -120],
        [213, SUPPORT, null, -60],
      ],
      assessment: {
        at: c.at(-148),
        feasible: true,
        coreCapable: true,
        notes: 'Gehört in den Kern: Die Bedienung betrifft jedes Portal.',
      },
      financedAt: c.at(-135),
      decidedBy: joint,
      steps: [
        { to: 'ASSESSMENT', at: c.at(-155), actor: 'CM' },
        {
          to: 'FINANCING',
          at: c.at(-140),
          actor: 'PO',
          reason: 'Kranichsfurt finanziert die Umsetzung aus eigenem Haushalt.',
        },
        { to: 'IN_DEVELOPMENT', at: c.at(-134), actor: 'PO' },
        { to: 'IN_DECISION', at: joint[0].openedAt, actor: 'CM', reason: WRITTEN },
        { to: 'PULL_REQUEST', at: jointClosed, actor: 'SYSTEM', reason: c.sentence(joint[joint.length - 1]) },
      ],
      comments: [
        ['PO', -10, 'Das Review des Pull Requests läuft; die Tastaturbedienung soll mit Version 3.9 erscheinen.'],
      ],
    },
    {
      title: 'Erweiterung für Baustelleninformationen',
      description:
        'Baustellen und Sperrungen aus dem Baustellenkataster der Stadt erscheinen als eigene Ebene mit Zeitraum und Umleitung.',
      kind: FEATURE,
      target: MODULE,
      fundingRoute: 'SINGLE_MEMBER',
      member: 204,
      filedBy: 'CM',
      submittedAt: c.at(-110),
      interest: [
        [206, WILL_USE, null, -60],
        [212, SUPPORT, null, -41],
      ],
      financedAt: c.at(-95),
      steps: [
        { to: 'FINANCING', at: c.at(-105), actor: 'PO' },
        { to: 'IN_DEVELOPMENT', at: c.at(-94), actor: 'PO', reason: 'Lindenfeld hat einen Dienstleister beauftragt.' },
      ],
    },
    {
      title: 'Zeitleiste für historische Luftbilder',
      description:
        'Ein Schieberegler vergleicht Luftbilder ab 1950 im Zeitverlauf. Die Luftbilder liegen als WMS mit Zeitdimension vor. ' +
        'Mittelhaide, Störmünde und Spreewiesen wollen die Entwicklung gemeinsam finanzieren.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'SUBGROUP',
      member: 206,
      filedBy: 'CM',
      submittedAt: c.at(-70),
      interest: [
        [206, WILL_CO_FUND, 25_000, -65],
        [203, WILL_CO_FUND, 15_000, -60],
        [213, WILL_CO_FUND, 12_000, -58],
        [207, SUPPORT, null, -55],
        [201, WILL_USE, null, -45],
      ],
      assessment: {
        at: c.at(-50),
        feasible: true,
        coreCapable: true,
        notes:
          'Machbar mit der Zeitdimension von WMS (WMS-T); die Werkzeugleiste braucht dafür ein neues Bedienelement.',
      },
      estimate: {
        at: c.at(-35),
        personDays: 45,
        euros: 52_000,
        providerOrganisationId: c.organisation('Datenzentrale Küstenländer AöR'),
        offerDocumentUrl: 'https://dokumente.example.org/kartenwerk/angebot-zeitleiste-luftbilder.pdf',
      },
      steps: [{ to: 'ASSESSMENT', at: c.at(-66), actor: 'CM' }],
    },
    {
      title: 'Schnittstelle zu XÖV-Standards: Bebauungspläne nach XPlanung anzeigen',
      description:
        'Bebauungspläne im Austauschstandard XPlanung sollen sich direkt laden und mit ihren Festsetzungen anzeigen lassen, ohne Umweg über eine Konvertierung.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'DEVELOPMENT_FUND',
      member: 203,
      filedBy: 'CM',
      submittedAt: c.at(-20),
      interest: [
        [204, SUPPORT, null, -12],
        [210, WILL_USE, null, -11],
        [211, SUPPORT, null, -5],
      ],
      steps: [],
      comments: [
        [
          'CM',
          -4,
          'Wir stellen den Antrag in der nächsten Sitzung des Technischen Komitees vor; danach entscheidet das Strategische Komitee über Mittel aus dem Entwicklungsfonds.',
        ],
      ],
    },
  ];
}

function dorfApp(c: StoryContext): RequestStory[] {
  const dorfnetz = c.organisation('Dorfnetz Software GmbH');
  const survey = (start: Date, deadline: Date, count: number): StoryStep[] => [
    { to: 'INTEREST_SURVEY', at: start, actor: 'CM', reason: surveyUntil(start, deadline) },
    { to: 'GROUPING', at: deadline, actor: 'SYSTEM', reason: surveyClosed(count) },
  ];
  return [
    {
      title: 'Kalender-Export für Veranstaltungen',
      description:
        'Veranstaltungen aus dem Dorfkalender sollen sich einzeln in den eigenen Kalender übernehmen und als Kalender abonnieren lassen (iCalendar).',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'SUBGROUP',
      member: 303,
      filedBy: 'CM',
      submittedAt: c.at(-220),
      survey: { deadline: c.at(-193, 16) },
      interest: [
        [303, WILL_CO_FUND, 4_000, -212],
        [304, WILL_USE, null, -210],
        [306, WILL_CO_FUND, 2_500, -205],
        [308, WILL_CO_FUND, 5_000, -200],
        [302, SUPPORT, null, -198],
      ],
      assessment: {
        at: c.at(-180),
        feasible: true,
        coreCapable: true,
        notes: 'Export nach RFC 5545; der Abo-Link pro Kommune wird im Backend erzeugt.',
      },
      estimate: {
        at: c.at(-175),
        personDays: 14,
        euros: 11_500,
        providerOrganisationId: dorfnetz,
        offerDocumentUrl: 'https://dokumente.example.org/dorfplatz/angebot-kalenderexport.pdf',
      },
      financedAt: c.at(-150),
      release: {
        version: '2.4.0',
        changelog:
          'Veranstaltungen lassen sich einzeln in den eigenen Kalender übernehmen; jede Kommune bietet ihren Veranstaltungskalender als Abonnement (iCalendar) an.',
      },
      steps: [
        ...survey(c.at(-214), c.at(-193, 16), 5),
        { to: 'REQUIREMENTS', at: c.at(-188), actor: 'CM' },
        { to: 'FINANCING', at: c.at(-170), actor: 'PO' },
        {
          to: 'IN_DEVELOPMENT',
          at: c.at(-149),
          actor: 'PO',
          reason: 'Die Kostenteilung ist mit Großenbrück, Oberfichtach und Moselhain vereinbart.',
        },
        { to: 'PILOT', at: c.at(-90), actor: 'PO', reason: 'Pilot in Großenbrück und Moselhain' },
        { to: 'RELEASED', at: c.at(-30), actor: 'PO', reason: 'Mit Version 2.4.0 für alle Kommunen freigegeben.' },
      ],
    },
    {
      title: 'Mängelmelder: Fotos vor dem Hochladen verkleinern',
      description:
        'Fotos im Mängelmelder werden vor dem Hochladen auf höchstens 2 MB verkleinert, damit Meldungen auch bei schwachem Mobilfunk ankommen.',
      kind: OPTIMISATION,
      target: CORE,
      fundingRoute: 'ALL_MEMBERS',
      member: 308,
      filedBy: 'CM',
      submittedAt: c.at(-150),
      survey: { deadline: c.at(-132, 16) },
      interest: [
        [310, WILL_USE, null, -140],
        [304, SUPPORT, null, -139],
        [302, SUPPORT, null, -138],
      ],
      assessment: {
        at: c.at(-125),
        feasible: true,
        coreCapable: true,
        notes: 'Verkleinerung auf dem Gerät; die Originale werden nicht gespeichert.',
      },
      estimate: { at: c.at(-122), personDays: 6, euros: 4_800, providerOrganisationId: dorfnetz },
      financedAt: c.at(-105),
      steps: [
        ...survey(c.at(-146), c.at(-132, 16), 3),
        { to: 'REQUIREMENTS', at: c.at(-128), actor: 'CM' },
        { to: 'FINANCING', at: c.at(-120), actor: 'CM' },
        { to: 'IN_DEVELOPMENT', at: c.at(-104), actor: 'PO' },
        { to: 'PILOT', at: c.at(-15), actor: 'PO', reason: 'Test in Moselhain und Weidenstedt' },
      ],
    },
    {
      title: 'Mitfahrbank: Benachrichtigung bei Mitfahrangeboten',
      description:
        'Wer an der Mitfahrbank wartet oder eine Fahrt anbietet, bekommt eine Push-Benachrichtigung, sobald jemand in dieselbe Richtung fährt.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'SUBGROUP',
      member: 305,
      filedBy: 'CM',
      submittedAt: c.at(-100),
      survey: { deadline: c.at(-74, 16) },
      interest: [
        [302, WILL_CO_FUND, 6_000, -93],
        [303, WILL_CO_FUND, 4_000, -92],
        [305, WILL_CO_FUND, 5_000, -90],
        [307, WILL_CO_FUND, 4_500, -88],
        [309, WILL_CO_FUND, 4_500, -85],
        [304, WILL_USE, null, -84],
        [310, SUPPORT, null, -80],
      ],
      assessment: {
        at: c.at(-30),
        feasible: true,
        coreCapable: true,
        notes: 'Benachrichtigungen über den bestehenden Push-Dienst; Standorte werden nur grob (Ortsteil) verarbeitet.',
      },
      estimate: {
        at: c.at(-25),
        personDays: 30,
        euros: 24_000,
        providerOrganisationId: dorfnetz,
        offerDocumentUrl: 'https://dokumente.example.org/dorfplatz/angebot-mitfahrbank.pdf',
      },
      steps: [
        ...survey(c.at(-95), c.at(-74, 16), 7),
        {
          to: 'REQUIREMENTS',
          at: c.at(-40),
          actor: 'CM',
          reason: 'Der Beirat empfiehlt die Erweiterung für die Roadmap 2027.',
        },
        { to: 'FINANCING', at: c.at(-20), actor: 'PO' },
      ],
    },
    {
      title: 'Vereinsverwaltung mit Mitgliederliste',
      description: 'Vereine pflegen ihre Mitgliederliste und Beiträge in der App.',
      kind: FEATURE,
      target: MODULE,
      fundingRoute: 'SINGLE_MEMBER',
      member: 309,
      filedBy: 'CM',
      submittedAt: c.at(-80),
      survey: { deadline: c.at(-57, 16) },
      steps: [
        ...survey(c.at(-78), c.at(-57, 16), 0),
        {
          to: 'REJECTED',
          at: c.at(-50),
          actor: 'CM',
          reason: 'Keine weitere Kommune hat Interesse erklärt; die Vereine nutzen bereits eigene Werkzeuge.',
        },
      ],
    },
    {
      title: 'Raumbuchung für Dorfgemeinschaftshäuser',
      description:
        'Vereine und Bürgerinnen buchen Räume im Dorfgemeinschaftshaus direkt in der App; die Gemeinde bestätigt die Buchung.',
      kind: FEATURE,
      target: MODULE,
      fundingRoute: 'SUBGROUP',
      member: 304,
      filedBy: 'CM',
      submittedAt: c.at(-60),
      survey: { deadline: c.at(-36, 16) },
      interest: [
        [304, WILL_CO_FUND, 9_000, -56],
        [306, WILL_CO_FUND, 9_000, -55],
        [303, WILL_USE, null, -50],
        [311, SUPPORT, null, -40],
      ],
      steps: survey(c.at(-57), c.at(-36, 16), 4),
      comments: [['PO', -20, 'Wir schätzen den Aufwand auf rund 18.000 EUR und stellen den Entwurf im Beirat vor.']],
    },
    {
      title: 'Abfallkalender mit Erinnerung an Abholtermine',
      description:
        'Die App erinnert am Vorabend an die Abholung von Restmüll, Biotonne, Papier und Gelbem Sack, je nach Straße.',
      kind: FEATURE,
      target: CORE,
      fundingRoute: 'SUBGROUP',
      member: 310,
      filedBy: 'CM',
      submittedAt: c.at(-8),
      survey: { deadline: c.at(15, 16) },
      interest: [
        [305, WILL_USE, null, -5],
        [307, WILL_CO_FUND, 3_000, -4],
        [302, SUPPORT, null, -3],
      ],
      steps: [{ to: 'INTEREST_SURVEY', at: c.at(-6), actor: 'CM', reason: surveyUntil(c.at(-6), c.at(15, 16)) }],
    },
    {
      title: 'Einstellbare Schriftgröße und hoher Kontrast',
      description: 'Die App übernimmt die Schriftgröße des Telefons und bietet eine Darstellung mit hohem Kontrast an.',
      kind: BUG_FIX,
      target: CORE,
      fundingRoute: 'ALL_MEMBERS',
      member: 302,
      filedBy: 'REP',
      submittedAt: c.at(-2),
      steps: [],
    },
  ];
}

export const requestStories: Record<string, { template: TemplateKey; stories: (c: StoryContext) => RequestStory[] }> = {
  'offene-datenplattform': { template: 'CIVITAS_CONNECT_V1', stories: offeneDatenplattform },
  'geoportal-verbund': { template: 'MASTERPORTAL', stories: geoportalVerbund },
  'dorf-app': { template: 'SMART_VILLAGE_APP', stories: dorfApp },
};
