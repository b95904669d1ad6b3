/**
 * One workflow per feature process in chapter 3 of the reference study (sections 3.1–3.7), as data. Choosing
 * a template copies it into the partnership, where every value stays editable. The templates are frozen:
 * take a copy (structuredClone) before changing one.
 *
 * Common to all: a request may be withdrawn by its submitter or the community manager while it is still early
 * (before anything is financed or voted on); only the SYSTEM leaves a survey or decision stage, when the
 * survey or the vote closes; development needs completed financing; a release needs a version and a
 * changelog entry. Where the study and DESIGN.md differ, the study wins and a comment says so.
 */
import type {
  DecisionPath,
  FundingRoute,
  Guard,
  Stage,
  StageCategory,
  TemplateKey,
  Transition,
  Workflow,
  WorkflowActor,
} from './workflow.types';

const stage = (key: string, category: StageCategory, labelDe: string, labelEn: string): Stage => ({
  key,
  category,
  labelDe,
  labelEn,
});
const move = (from: string, to: string, actors: WorkflowActor[], guards: Guard[] = []): Transition => ({
  from,
  to,
  actors,
  guards,
});
const withdrawFrom = (...froms: string[]): Transition[] =>
  froms.map((from) => move(from, 'WITHDRAWN', ['SUBMITTER', 'COMMUNITY_MANAGER']));
const decidedBy = (
  preset: DecisionPath['preset'],
  ...committeeKinds: DecisionPath['committeeKinds']
): DecisionPath => ({ preset, committeeKinds });
const everyRoute = (path: DecisionPath, ...routes: FundingRoute[]): Workflow['decisions'] =>
  Object.fromEntries(routes.map((r) => [r, structuredClone(path)]));
/** Masterportal, DIPAS: a core change needs both committees, one vote per partner, simple majority (3.2, 3.3). */
const bothCommittees = decidedBy('SIMPLE_MAJORITY', 'STRATEGIC_COMMITTEE', 'TECHNICAL_COMMITTEE');

const CM: WorkflowActor = 'COMMUNITY_MANAGER';
const PO: WorkflowActor = 'PRODUCT_OWNER';

const submitted = stage('SUBMITTED', 'SUBMITTED', 'Eingereicht', 'Submitted');
const rejected = stage('REJECTED', 'REJECTED', 'Abgelehnt', 'Rejected');
const notPursued = stage('REJECTED', 'REJECTED', 'Nicht weiterverfolgt', 'Not pursued');
const withdrawn = stage('WITHDRAWN', 'WITHDRAWN', 'Zurückgezogen', 'Withdrawn');

/** A closed vote moves the request on: accepted to `yes`, anything else (rejected, vetoed, no quorum) to `no`. */
const voteCloses = (from: string, yes: string, no: string): Transition[] => [
  move(from, yes, ['SYSTEM'], ['DECISION_ACCEPTED']),
  move(from, no, ['SYSTEM'], ['DECISION_NOT_ACCEPTED']),
];

/** Civitas Connect: both routes are decided by the department assembly (3.1); the association has no vote. */
const civitasDecisions: Workflow['decisions'] = {
  ALL_MEMBERS: decidedBy('THREE_QUARTERS', 'GENERAL_ASSEMBLY'),
  SUBGROUP: decidedBy('ABSOLUTE_MAJORITY', 'GENERAL_ASSEMBLY'),
};

/**
 * 3.1 Variante 1: a member files a request funded by all → the assembly votes (≥ 75 %) → a cooperation
 * contract per member → after signing, joint financing and extension of the core. Decisions are prepared
 * in the working groups (3.1, "Entscheidungen werden in den Arbeitskreisen vorbereitet"); the vote needs an
 * estimate, since each member's contract states its share.
 */
const civitasConnectV1: Workflow = {
  template: 'CIVITAS_CONNECT_V1',
  initialStage: 'SUBMITTED',
  stages: [
    submitted,
    stage('ASSESSMENT', 'ASSESSMENT', 'Vorbereitung im Arbeitskreis', 'Preparation in the working group'),
    stage('IN_DECISION', 'DECISION', 'Abstimmung in der Abteilungsversammlung', 'Vote in the department assembly'),
    stage(
      'FINANCING',
      'FINANCING',
      'Kooperationsverträge und gemeinsame Finanzierung',
      'Cooperation contracts and joint financing',
    ),
    stage('IN_DEVELOPMENT', 'DEVELOPMENT', 'Erweiterung des CORE', 'Development in the core'),
    stage('RELEASED', 'RELEASED', 'Im CORE veröffentlicht', 'Released in the core'),
    rejected,
    withdrawn,
  ],
  transitions: [
    move('SUBMITTED', 'ASSESSMENT', [CM, PO]),
    move('ASSESSMENT', 'IN_DECISION', [CM, PO], ['ASSESSED', 'ESTIMATED']),
    ...voteCloses('IN_DECISION', 'FINANCING', 'REJECTED'),
    // The community management also steers the budget at Civitas Connect (3.1, "Projektsteuerung").
    move('FINANCING', 'IN_DEVELOPMENT', [CM, PO], ['FINANCED']),
    move('IN_DEVELOPMENT', 'RELEASED', [PO], ['RELEASE_NOTED']),
    ...withdrawFrom('SUBMITTED', 'ASSESSMENT'),
  ],
  surveyDays: 14,
  decisions: civitasDecisions,
};

/**
 * 3.1 Variante 2: a request funded by a subgroup → the assembly votes (absolute majority) → accepted: a
 * contract per member of the subgroup → the subgroup develops → product maturity by Civitas Connect →
 * optionally usable by all as a module. Rejected: developed outside Civitas Connect → optionally taken into
 * the core later by a new application, which starts again as a submission.
 */
const civitasConnectV2: Workflow = {
  template: 'CIVITAS_CONNECT_V2',
  initialStage: 'SUBMITTED',
  stages: [
    submitted,
    stage('ASSESSMENT', 'ASSESSMENT', 'Vorbereitung im Arbeitskreis', 'Preparation in the working group'),
    stage('IN_DECISION', 'DECISION', 'Abstimmung in der Abteilungsversammlung', 'Vote in the department assembly'),
    stage('FINANCING', 'FINANCING', 'Kooperationsverträge der Teilgruppe', 'Cooperation contracts of the subgroup'),
    stage('IN_DEVELOPMENT', 'DEVELOPMENT', 'Eigenentwicklung der Teilgruppe', 'Development by the subgroup'),
    stage('PRODUCT_MATURITY', 'TESTING', 'Produktreife durch Civitas Connect', 'Product maturity by Civitas Connect'),
    stage('RELEASED', 'RELEASED', 'Als Modul für alle nutzbar', 'Released as a module for all members'),
    rejected,
    stage(
      'DEVELOPED_OUTSIDE',
      'DEVELOPED_OUTSIDE',
      'Außerhalb von Civitas Connect entwickelt',
      'Developed outside Civitas Connect',
    ),
    withdrawn,
  ],
  transitions: [
    move('SUBMITTED', 'ASSESSMENT', [CM, PO]),
    move('ASSESSMENT', 'IN_DECISION', [CM, PO], ['ASSESSED', 'ESTIMATED']),
    ...voteCloses('IN_DECISION', 'FINANCING', 'REJECTED'),
    move('FINANCING', 'IN_DEVELOPMENT', [CM, PO], ['FINANCED']),
    move('IN_DEVELOPMENT', 'PRODUCT_MATURITY', [PO]),
    move('PRODUCT_MATURITY', 'IN_DEVELOPMENT', [PO], ['FINANCED']),
    move('PRODUCT_MATURITY', 'RELEASED', [PO], ['RELEASE_NOTED']),
    move('REJECTED', 'DEVELOPED_OUTSIDE', ['SUBMITTER', CM], ['DECISION_NOT_ACCEPTED']),
    move('DEVELOPED_OUTSIDE', 'SUBMITTED', ['SUBMITTER', CM]),
    ...withdrawFrom('SUBMITTED', 'ASSESSMENT'),
  ],
  surveyDays: 14,
  decisions: civitasDecisions,
};

/**
 * 3.2 Variante 2: a need is filed → optional feedback of product management ("can it become a core
 * module?") → a member commissions a provider or builds it itself (own budget, or an allocation from the
 * development fund that the strategic committee recommends) → presentation in TechKom and StraKom → pull
 * request in the central repository → resolution of the pull request. Variante 1 keeps the code in the
 * member's own repository: DEVELOPED_OUTSIDE, from where it can still be presented later.
 *
 * Deviations: the study builds first and presents afterwards, so here financing precedes the decision and
 * needs no accepted one (the fund's allocation is voted on in the fund, not on the request); the
 * presentation is modelled as a joint decision of both committees, so a pull request follows a recorded yes.
 */
const masterportal: Workflow = {
  template: 'MASTERPORTAL',
  initialStage: 'SUBMITTED',
  stages: [
    stage('SUBMITTED', 'SUBMITTED', 'Entwicklungsbedarf gemeldet', 'Need reported'),
    stage('ASSESSMENT', 'ASSESSMENT', 'Einschätzung der Produktpflege', 'Assessment by product management'),
    stage('FINANCING', 'FINANCING', 'Beauftragung und Finanzierung', 'Commissioning and financing'),
    stage(
      'IN_DEVELOPMENT',
      'DEVELOPMENT',
      'Umsetzung durch Dienstleister oder Eigenentwicklung',
      'Development by a provider or the member',
    ),
    stage(
      'IN_DECISION',
      'DECISION',
      'Vorstellung im TechKom und StraKom',
      'Presentation in the technical and strategic committee',
    ),
    stage('PULL_REQUEST', 'TESTING', 'Pull Request im zentralen Repository', 'Pull request in the central repository'),
    stage('RELEASED', 'RELEASED', 'Im Masterportal veröffentlicht', 'Released in the Masterportal'),
    stage('DEVELOPED_OUTSIDE', 'DEVELOPED_OUTSIDE', 'Im eigenen Repository', "Kept in the member's own repository"),
    withdrawn,
  ],
  transitions: [
    move('SUBMITTED', 'ASSESSMENT', ['SUBMITTER', CM, PO]),
    // The product management's feedback is optional (3.2).
    move('SUBMITTED', 'FINANCING', ['SUBMITTER', PO]),
    move('ASSESSMENT', 'FINANCING', ['SUBMITTER', PO], ['ASSESSED']),
    move('FINANCING', 'IN_DEVELOPMENT', ['SUBMITTER', PO, 'TREASURER'], ['FINANCED']),
    // Dataport, the community management, prepares the committee sessions.
    move('IN_DEVELOPMENT', 'IN_DECISION', ['SUBMITTER', CM]),
    move('IN_DEVELOPMENT', 'DEVELOPED_OUTSIDE', ['SUBMITTER']),
    ...voteCloses('IN_DECISION', 'PULL_REQUEST', 'DEVELOPED_OUTSIDE'),
    move('DEVELOPED_OUTSIDE', 'IN_DECISION', ['SUBMITTER', CM]),
    // LGV, the product owner, reviews and resolves pull requests and manages releases.
    move('PULL_REQUEST', 'IN_DEVELOPMENT', [PO], ['FINANCED']),
    move('PULL_REQUEST', 'RELEASED', [PO], ['RELEASE_NOTED']),
    ...withdrawFrom('SUBMITTED', 'ASSESSMENT', 'FINANCING'),
  ],
  surveyDays: 14,
  decisions: everyRoute(bothCommittees, 'ALL_MEMBERS', 'SUBGROUP', 'SINGLE_MEMBER', 'DEVELOPMENT_FUND'),
};

/**
 * 3.3: a member municipality formulates the idea → the community management consults BSW and LGV on
 * feasibility and core capability → if both hold, onto the StraKomm's agenda, where the proposer presents it
 * → other municipalities declare co-funding interest → they and the manufacturer write the requirement and
 * estimate → the TechKomm reviews → cost sharing and financing agreements with the BSW → development with
 * sprint reviews → merged into the community core for community testing → taken into the OSS version.
 *
 * Deviation: the study has the StraKomm judge before the estimate and the TechKomm after it; here both
 * commissions' votes form one joint decision taken once the estimate exists (a core change needs both,
 * simple majority, 3.3), and the StraKomm presentation happens while interest and estimate are gathered.
 */
const dipas: Workflow = {
  template: 'DIPAS',
  initialStage: 'SUBMITTED',
  stages: [
    stage('SUBMITTED', 'SUBMITTED', 'Entwicklungsidee eingereicht', 'Idea submitted'),
    stage(
      'ASSESSMENT',
      'ASSESSMENT',
      'Ersteinschätzung: Machbarkeit und Core-Fähigkeit',
      'First assessment: feasibility and core capability',
    ),
    stage(
      'ESTIMATE',
      'ASSESSMENT',
      'Vorstellung, Mitfinanzierung und Aufwandsschätzung',
      'Presentation, co-funding interest and estimate',
    ),
    stage('IN_DECISION', 'DECISION', 'Bestätigung durch StraKomm und TechKomm', 'Approval by both commissions'),
    stage(
      'FINANCING',
      'FINANCING',
      'Kostenteilung und Finanzierungsvereinbarungen',
      'Cost sharing and financing agreements',
    ),
    stage('IN_DEVELOPMENT', 'DEVELOPMENT', 'Entwicklung mit Sprint-Reviews', 'Development with sprint reviews'),
    stage(
      'COMMUNITY_TESTING',
      'TESTING',
      'Community-Testing im Community-Core',
      'Community testing in the community core',
    ),
    stage('RELEASED', 'RELEASED', 'In die OSS-Version übernommen', 'Released in the open-source version'),
    rejected,
    withdrawn,
  ],
  transitions: [
    move('SUBMITTED', 'ASSESSMENT', [CM, PO]),
    move('ASSESSMENT', 'ESTIMATE', [CM], ['ASSESSED']),
    // Not feasible or not core-capable: it does not go on the agenda (it may still become an add-on).
    move('ASSESSMENT', 'REJECTED', [CM, PO], ['ASSESSED']),
    move('ESTIMATE', 'IN_DECISION', [CM], ['ESTIMATED']),
    ...voteCloses('IN_DECISION', 'FINANCING', 'REJECTED'),
    // The BSW is product owner and manages the finances (3.3).
    move('FINANCING', 'IN_DEVELOPMENT', [PO], ['FINANCED']),
    move('IN_DEVELOPMENT', 'COMMUNITY_TESTING', [PO]),
    move('COMMUNITY_TESTING', 'IN_DEVELOPMENT', [PO], ['FINANCED']),
    move('COMMUNITY_TESTING', 'RELEASED', [PO], ['RELEASE_NOTED']),
    ...withdrawFrom('SUBMITTED', 'ASSESSMENT', 'ESTIMATE'),
  ],
  surveyDays: 14,
  decisions: everyRoute(bothCommittees, 'ALL_MEMBERS', 'SUBGROUP', 'SINGLE_MEMBER'),
};

/**
 * 3.4, the planned process: proposals are written and communicated by the coordination → members have three
 * weeks to declare participation → the backlog is prioritised by the number of interested members (the
 * portal sorts by interest; no guard) → once there is enough demand or one municipality will pay, they tender
 * alone or jointly and award the contract → the provider builds it, with ECC deciding core or module. The
 * proposer leads the module. No vote on single requests: the yearly member assembly decides on rules, not
 * on each request, so there is no decision stage and no decision path.
 */
const biletado: Workflow = {
  template: 'BILETADO',
  initialStage: 'SUBMITTED',
  stages: [
    stage('SUBMITTED', 'SUBMITTED', 'Schriftlicher Vorschlag', 'Written proposal'),
    stage('INTEREST_SURVEY', 'SURVEY', 'Abfrage der Mitwirkungsabsicht', 'Interest survey'),
    stage('BACKLOG', 'ASSESSMENT', 'Im Backlog, nach Interesse priorisiert', 'Backlog, prioritised by interest'),
    stage('TENDER', 'FINANCING', 'Ausschreibung und Vergabe', 'Tender and award'),
    stage(
      'IN_DEVELOPMENT',
      'DEVELOPMENT',
      'Entwicklung beim beauftragten Dienstleister',
      'Development by the contracted provider',
    ),
    stage('RELEASED', 'RELEASED', 'Im Core oder als Modul veröffentlicht', 'Released in the core or as a module'),
    withdrawn,
  ],
  transitions: [
    move('SUBMITTED', 'INTEREST_SURVEY', [CM], ['SURVEY_DEADLINE_SET']),
    move('INTEREST_SURVEY', 'BACKLOG', ['SYSTEM'], ['SURVEY_CLOSED']),
    move('BACKLOG', 'TENDER', ['SUBMITTER', CM]),
    move('TENDER', 'IN_DEVELOPMENT', ['SUBMITTER', CM, PO], ['FINANCED']),
    move('IN_DEVELOPMENT', 'RELEASED', [PO], ['RELEASE_NOTED']),
    ...withdrawFrom('SUBMITTED', 'INTEREST_SURVEY', 'BACKLOG'),
  ],
  surveyDays: 21,
  decisions: {},
};

/**
 * 3.5: municipalities raise needs in the innovation board → regio iT estimates the effort and checks
 * compatibility → the municipalities decide whether to build it jointly, or a single one funds it alone →
 * regio iT builds it with the interested municipalities → rolled out to all members (in the stores).
 *
 * Deviation: when a single municipality funds alone, the study lets it decide for itself; here the board
 * still votes, because the result is rolled out to every member and the board agrees the roadmap (3.5,
 * "stimmt Roadmap ab"). A partnership that does not want this removes SINGLE_MEMBER from the decisions.
 */
const osca: Workflow = {
  template: 'OSCA',
  initialStage: 'SUBMITTED',
  stages: [
    stage('SUBMITTED', 'SUBMITTED', 'Im Innovationsbeirat eingebracht', 'Raised in the innovation board'),
    stage('ASSESSMENT', 'ASSESSMENT', 'Aufwandsschätzung und Kompatibilität', 'Estimate and compatibility check'),
    stage('IN_DECISION', 'DECISION', 'Entscheidung im Innovationsbeirat', 'Decision in the innovation board'),
    stage(
      'FINANCING',
      'FINANCING',
      'Finanzierung gemeinsam oder durch eine Kommune',
      'Financing, jointly or by one municipality',
    ),
    stage(
      'IN_DEVELOPMENT',
      'DEVELOPMENT',
      'Umsetzung mit den interessierten Kommunen',
      'Development with the interested municipalities',
    ),
    stage('RELEASED', 'RELEASED', 'An alle Mitglieder ausgerollt', 'Rolled out to all members'),
    rejected,
    withdrawn,
  ],
  transitions: [
    // regio iT is community manager and product owner in one (3.5).
    move('SUBMITTED', 'ASSESSMENT', [CM, PO]),
    move('ASSESSMENT', 'IN_DECISION', [CM, PO], ['ASSESSED', 'ESTIMATED']),
    ...voteCloses('IN_DECISION', 'FINANCING', 'REJECTED'),
    move('FINANCING', 'IN_DEVELOPMENT', [PO], ['FINANCED']),
    move('IN_DEVELOPMENT', 'RELEASED', [PO], ['RELEASE_NOTED']),
    ...withdrawFrom('SUBMITTED', 'ASSESSMENT'),
  ],
  surveyDays: 14,
  decisions: everyRoute(decidedBy('SIMPLE_MAJORITY', 'ADVISORY_BOARD'), 'ALL_MEMBERS', 'SUBGROUP', 'SINGLE_MEMBER'),
};

/**
 * 3.6: a municipality brings a need to HEIDI, who forwards it to KODI → the community manager publishes it
 * and runs a survey of two to three weeks → after it, the manager brings the interested municipalities
 * together → HEIDI writes a requirement description and an offer → cost sharing among them → on their
 * consent (every contract signed) development in a development community. The study ends there; the module
 * then becomes available to others, which is the release. Without interest the request is not pursued.
 */
const kodi: Workflow = {
  template: 'KODI',
  initialStage: 'SUBMITTED',
  stages: [
    stage('SUBMITTED', 'SUBMITTED', 'Entwicklungsbedarf gemeldet', 'Need reported'),
    stage('INTEREST_SURVEY', 'SURVEY', 'Umfrage in der Community', 'Interest survey'),
    stage('MATCHING', 'ASSESSMENT', 'Zusammenführung der Interessierten', 'Matching the interested municipalities'),
    stage('REQUIREMENTS', 'ASSESSMENT', 'Anforderungsbeschreibung und Angebot', 'Requirement description and offer'),
    stage('FINANCING', 'FINANCING', 'Kostenteilung', 'Cost sharing'),
    stage(
      'IN_DEVELOPMENT',
      'DEVELOPMENT',
      'Entwicklung in der Entwicklungsgemeinschaft',
      'Development in the development community',
    ),
    stage('RELEASED', 'RELEASED', 'Modul für alle verfügbar', 'Module available to all'),
    notPursued,
    withdrawn,
  ],
  transitions: [
    move('SUBMITTED', 'INTEREST_SURVEY', [CM], ['SURVEY_DEADLINE_SET']),
    move('INTEREST_SURVEY', 'MATCHING', ['SYSTEM'], ['SURVEY_CLOSED']),
    move('MATCHING', 'REQUIREMENTS', [CM], ['INTEREST_DECLARED']),
    move('MATCHING', 'REJECTED', [CM]),
    // HEIDI is the product owner; the requirement is its assessment, the offer its estimate.
    move('REQUIREMENTS', 'FINANCING', [CM, PO], ['ASSESSED', 'ESTIMATED']),
    move('FINANCING', 'IN_DEVELOPMENT', [CM, PO], ['FINANCED']),
    move('IN_DEVELOPMENT', 'RELEASED', [PO], ['RELEASE_NOTED']),
    ...withdrawFrom('SUBMITTED', 'INTEREST_SURVEY', 'MATCHING', 'REQUIREMENTS'),
  ],
  surveyDays: 14,
  decisions: {},
};

/**
 * 3.7, the target process: a feature wish to the central coordination → an interest survey of two to three
 * weeks → grouping the interested municipalities → requirement description and estimate → cost sharing and
 * financing → development in the partnership → pilot and test → release with documentation and changelog.
 */
const smartVillageApp: Workflow = {
  template: 'SMART_VILLAGE_APP',
  initialStage: 'SUBMITTED',
  stages: [
    stage('SUBMITTED', 'SUBMITTED', 'Feature-Wunsch eingereicht', 'Feature wish submitted'),
    stage('INTEREST_SURVEY', 'SURVEY', 'Interessensabfrage', 'Interest survey'),
    stage(
      'GROUPING',
      'ASSESSMENT',
      'Zusammenführung interessierter Kommunen',
      'Grouping the interested municipalities',
    ),
    stage(
      'REQUIREMENTS',
      'ASSESSMENT',
      'Anforderungsbeschreibung und Aufwandsschätzung',
      'Requirement description and estimate',
    ),
    stage('FINANCING', 'FINANCING', 'Kostenteilung und Finanzierung', 'Cost sharing and financing'),
    stage(
      'IN_DEVELOPMENT',
      'DEVELOPMENT',
      'Entwicklung in der Entwicklungspartnerschaft',
      'Development in the partnership',
    ),
    stage('PILOT', 'TESTING', 'Pilotierung und Test', 'Pilot and test'),
    stage(
      'RELEASED',
      'RELEASED',
      'Release mit Dokumentation und Änderungsprotokoll',
      'Released with documentation and changelog',
    ),
    notPursued,
    withdrawn,
  ],
  transitions: [
    move('SUBMITTED', 'INTEREST_SURVEY', [CM], ['SURVEY_DEADLINE_SET']),
    move('INTEREST_SURVEY', 'GROUPING', ['SYSTEM'], ['SURVEY_CLOSED']),
    move('GROUPING', 'REQUIREMENTS', [CM], ['INTEREST_DECLARED']),
    move('GROUPING', 'REJECTED', [CM]),
    move('REQUIREMENTS', 'FINANCING', [CM, PO], ['ASSESSED', 'ESTIMATED']),
    move('FINANCING', 'IN_DEVELOPMENT', [CM, PO], ['FINANCED']),
    move('IN_DEVELOPMENT', 'PILOT', [PO]),
    move('PILOT', 'IN_DEVELOPMENT', [PO], ['FINANCED']),
    move('PILOT', 'RELEASED', [PO], ['RELEASE_NOTED']),
    ...withdrawFrom('SUBMITTED', 'INTEREST_SURVEY', 'GROUPING', 'REQUIREMENTS'),
  ],
  surveyDays: 14,
  decisions: {},
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export const workflowTemplates: Record<TemplateKey, Workflow> = deepFreeze({
  CIVITAS_CONNECT_V1: civitasConnectV1,
  CIVITAS_CONNECT_V2: civitasConnectV2,
  MASTERPORTAL: masterportal,
  DIPAS: dipas,
  BILETADO: biletado,
  OSCA: osca,
  KODI: kodi,
  SMART_VILLAGE_APP: smartVillageApp,
});

export const templateInfo: Record<
  TemplateKey,
  { nameDe: string; nameEn: string; descriptionDe: string; descriptionEn: string }
> = deepFreeze({
  CIVITAS_CONNECT_V1: {
    nameDe: 'Civitas Connect – von allen finanziert',
    nameEn: 'Civitas Connect – funded by all',
    descriptionDe:
      'Die Abteilungsversammlung stimmt mit mindestens 75 % zu, jedes Mitglied unterzeichnet einen Kooperationsvertrag, danach wird gemeinsam finanziert und der CORE erweitert.',
    descriptionEn:
      'The department assembly approves with at least 75 %, every member signs a cooperation contract, then the members finance it jointly and the core is extended.',
  },
  CIVITAS_CONNECT_V2: {
    nameDe: 'Civitas Connect – von einer Teilgruppe finanziert',
    nameEn: 'Civitas Connect – funded by a subgroup',
    descriptionDe:
      'Die Abteilungsversammlung entscheidet mit absoluter Mehrheit, die Teilgruppe entwickelt selbst und Civitas Connect bringt es zur Produktreife; bei Ablehnung entsteht es außerhalb und kann später per Antrag in den CORE.',
    descriptionEn:
      'The department assembly decides by absolute majority, the subgroup builds it and Civitas Connect brings it to product maturity; if rejected, it is built outside and may apply for the core later.',
  },
  MASTERPORTAL: {
    nameDe: 'Masterportal – Eigenentwicklung mit Pull Request',
    nameEn: 'Masterportal – member development with pull request',
    descriptionDe:
      'Ein Mitglied setzt das Feature mit eigenem Budget oder Mitteln aus dem Entwicklungsfonds um, stellt es im TechKom und StraKom vor und reicht es als Pull Request im zentralen Repository ein.',
    descriptionEn:
      'A member builds the feature with its own budget or money from the development fund, presents it in the technical and strategic committee and offers it as a pull request to the central repository.',
  },
  DIPAS: {
    nameDe: 'DIPAS – Bestätigung durch beide Kommissionen',
    nameEn: 'DIPAS – approval by both commissions',
    descriptionDe:
      'Nach der Ersteinschätzung erklären Kommunen ihr Interesse, der Aufwand wird geschätzt, StraKomm und TechKomm stimmen mit einfacher Mehrheit zu, dann folgen Kostenteilung, Sprint-Reviews, Community-Testing und Release.',
    descriptionEn:
      'After a first assessment, municipalities declare interest and the effort is estimated; both commissions approve by simple majority, followed by cost sharing, sprint reviews, community testing and release.',
  },
  BILETADO: {
    nameDe: 'Biletado – drei Wochen Mitwirkungsabsicht',
    nameEn: 'Biletado – three weeks to declare participation',
    descriptionDe:
      'Vorschläge werden schriftlich gestellt, die Mitglieder haben drei Wochen, ihre Mitwirkung zu erklären, das Backlog ist nach Interesse priorisiert und die Kommunen schreiben einzeln oder gemeinsam aus.',
    descriptionEn:
      'Proposals are made in writing, members have three weeks to declare participation, the backlog is prioritised by interest and the municipalities tender alone or jointly.',
  },
  OSCA: {
    nameDe: 'OSCA – Innovationsbeirat beim kommunalen IT-Dienstleister',
    nameEn: 'OSCA – innovation board of the municipal IT provider',
    descriptionDe:
      'Der Dienstleister schätzt den Aufwand, der Innovationsbeirat entscheidet, ob gemeinsam oder von einer Kommune allein finanziert wird, und die Weiterentwicklung wird an alle Mitglieder ausgerollt.',
    descriptionEn:
      'The provider estimates the effort, the innovation board decides whether it is funded jointly or by one municipality alone, and the result is rolled out to all members.',
  },
  KODI: {
    nameDe: 'KODI – Umfrage und Entwicklungsgemeinschaft',
    nameEn: 'KODI – survey and development community',
    descriptionDe:
      'Der Community Manager veröffentlicht den Bedarf mit einer Umfrage von zwei bis drei Wochen, bringt die Interessierten zusammen, der Anbieter erstellt Anforderung und Angebot, die Kosten werden geteilt und bei Zustimmung wird entwickelt.',
    descriptionEn:
      'The community manager publishes the need with a survey of two to three weeks and brings the interested municipalities together; the provider writes requirement and offer, the costs are shared and on consent it is built.',
  },
  SMART_VILLAGE_APP: {
    nameDe: 'Smart Village App – Zielprozess',
    nameEn: 'Smart Village App – target process',
    descriptionDe:
      'Interessensabfrage von zwei bis drei Wochen, Zusammenführung, Anforderung und Schätzung, Kostenteilung und Finanzierung, Entwicklung, Pilotierung und Test, Release mit Dokumentation und Änderungsprotokoll.',
    descriptionEn:
      'An interest survey of two to three weeks, grouping, requirement and estimate, cost sharing and financing, development, pilot and test, release with documentation and changelog.',
  },
});
