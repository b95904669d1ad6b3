import fc from 'fast-check';
import { type MessageLanguage, type MessageRef, render } from '../common/i18n/messages';
import {
  availableTransitions as movesOf,
  checkTransition as verdictOf,
  decisionPathFor,
  reachableStages,
  roadmapColumn,
  stageAfterDecision,
  stageAfterSurvey,
  stageCategories,
  validateWorkflow,
  workflowActors,
} from './workflow';

// The rule answers with messages; these read them as an English (or German) reader would.
const inLanguage = (language: MessageLanguage) => (reason: MessageRef) => render(reason, language);
function checkTransition(...args: Parameters<typeof verdictOf>) {
  const verdict = verdictOf(...args);
  return verdict.allowed ? verdict : { ...verdict, reasons: verdict.reasons.map(inLanguage('en')) };
}
function availableTransitions(...args: Parameters<typeof movesOf>) {
  return movesOf(...args).map((move) => ({
    ...move,
    reasons: move.reasons.map(inLanguage('en')),
    failures: move.failures.map((f) => ({ ...f, reason: render(f.reason, 'en') })),
  }));
}
import { workflowTemplates } from './workflow-templates';
import type {
  Guard,
  RequestFacts,
  StageCategory,
  TemplateKey,
  Transition,
  Workflow,
  WorkflowActor,
} from './workflow.types';

const NOW = '2027-03-01T09:00:00.000Z';
const FUTURE = '2027-03-22T09:00:00.000Z'; // 22 March 2027
const PAST = '2027-02-12T09:00:00.000Z'; // 12 February 2027
const DECIDED = '2027-03-12T18:30:00.000Z'; // 12 March 2027

const templates = Object.entries(workflowTemplates) as [TemplateKey, Workflow][];
const label = (w: Workflow, key: string) => w.stages.find((s) => s.key === key)!.labelEn;
const categoryOf = (w: Workflow, key: string) => w.stages.find((s) => s.key === key)!.category;
const attempt = (to: string, actors: WorkflowActor[], now = NOW) => ({ to, actors, now });

/** Facts under which every guard in `guards` holds (the survey was closed early by hand, its deadline still ahead). */
function factsFor(stage: string, guards: Guard[] = []): RequestFacts {
  return {
    stage,
    fundingRoute: 'ALL_MEMBERS',
    surveyDeadline: FUTURE,
    surveyClosedAt: PAST,
    interestedMembers: 2,
    assessed: true,
    estimated: true,
    decision: { outcome: guards.includes('DECISION_NOT_ACCEPTED') ? 'REJECTED' : 'ACCEPTED', decidedAt: DECIDED },
    financed: true,
    releaseVersion: '4.2.0',
    changelogEntry: 'Bookings can be exported as iCalendar.',
  };
}

// The wording is part of the behaviour: the portal shows these sentences beside a disabled button.
const subject: Record<StageCategory, string> = {
  SUBMITTED: 'Resubmission',
  SURVEY: 'An interest survey',
  ASSESSMENT: 'Assessment',
  DECISION: 'A decision',
  ACCEPTED: 'Acceptance',
  FINANCING: 'Financing',
  DEVELOPMENT: 'Development',
  TESTING: 'Testing',
  RELEASED: 'A release',
  REJECTED: 'Rejection',
  DEVELOPED_OUTSIDE: 'Development outside',
  WITHDRAWN: 'Withdrawal',
};
const breaking: Record<Guard, { facts: Partial<RequestFacts>; reason: (subject: string) => string }> = {
  SURVEY_DEADLINE_SET: {
    facts: { surveyDeadline: PAST, surveyClosedAt: null },
    reason: () => 'An interest survey needs a deadline in the future; the deadline 12 February 2027 has passed',
  },
  SURVEY_CLOSED: {
    facts: { surveyDeadline: FUTURE, surveyClosedAt: null },
    reason: () => 'The interest survey has not closed yet; it runs until 22 March 2027',
  },
  INTEREST_DECLARED: {
    facts: { interestedMembers: 0 },
    reason: (s) => `${s} needs interest from at least one member besides the submitter; none has declared interest yet`,
  },
  ASSESSED: {
    facts: { assessed: false },
    reason: (s) => `${s} needs an assessment by the product owner; none is recorded yet`,
  },
  ESTIMATED: { facts: { estimated: false }, reason: (s) => `${s} needs an estimate or offer; none is recorded yet` },
  DECISION_ACCEPTED: {
    facts: { decision: { outcome: 'REJECTED', decidedAt: DECIDED } },
    reason: (s) => `${s} needs an accepted decision; the vote on 12 March 2027 was rejected`,
  },
  DECISION_NOT_ACCEPTED: {
    facts: { decision: { outcome: 'ACCEPTED', decidedAt: DECIDED } },
    reason: (s) => `${s} needs a decision that did not pass; the vote on 12 March 2027 was accepted`,
  },
  FINANCED: {
    facts: { financed: false },
    reason: (s) => `${s} needs completed financing: not every contract is signed yet`,
  },
  RELEASE_NOTED: {
    facts: { releaseVersion: null },
    reason: () => 'A release needs a version and a changelog entry; the version is missing',
  },
};
const who: Record<WorkflowActor, string> = {
  SUBMITTER: 'the submitter',
  REPRESENTATIVE: 'a representative',
  COMMUNITY_MANAGER: 'the community manager',
  PRODUCT_OWNER: 'the product owner',
  TREASURER: 'the treasurer',
  ADMIN: 'an admin',
  SYSTEM: 'the system (when a survey or vote closes)',
};
const orList = (items: string[]) =>
  items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

/** A small sound workflow with the labels of the examples in the issue. */
const example: Workflow = {
  template: 'CUSTOM',
  initialStage: 'SUBMITTED',
  stages: [
    { key: 'SUBMITTED', category: 'SUBMITTED', labelDe: 'Eingereicht', labelEn: 'Submitted' },
    { key: 'INTEREST_SURVEY', category: 'SURVEY', labelDe: 'Interessensabfrage', labelEn: 'Interest survey' },
    { key: 'ASSESSMENT', category: 'ASSESSMENT', labelDe: 'Prüfung', labelEn: 'Assessment' },
    { key: 'IN_DECISION', category: 'DECISION', labelDe: 'Entscheidung', labelEn: 'Decision' },
    { key: 'FINANCING', category: 'FINANCING', labelDe: 'Finanzierung', labelEn: 'Financing' },
    { key: 'IN_DEVELOPMENT', category: 'DEVELOPMENT', labelDe: 'Entwicklung', labelEn: 'Development' },
    { key: 'RELEASED', category: 'RELEASED', labelDe: 'Veröffentlicht', labelEn: 'Released' },
    { key: 'REJECTED', category: 'REJECTED', labelDe: 'Abgelehnt', labelEn: 'Rejected' },
    { key: 'WITHDRAWN', category: 'WITHDRAWN', labelDe: 'Zurückgezogen', labelEn: 'Withdrawn' },
  ],
  transitions: [
    { from: 'SUBMITTED', to: 'INTEREST_SURVEY', actors: ['COMMUNITY_MANAGER'], guards: ['SURVEY_DEADLINE_SET'] },
    { from: 'SUBMITTED', to: 'WITHDRAWN', actors: ['SUBMITTER', 'COMMUNITY_MANAGER'], guards: [] },
    { from: 'INTEREST_SURVEY', to: 'ASSESSMENT', actors: ['SYSTEM'], guards: ['SURVEY_CLOSED'] },
    { from: 'INTEREST_SURVEY', to: 'WITHDRAWN', actors: ['SUBMITTER', 'COMMUNITY_MANAGER'], guards: [] },
    { from: 'ASSESSMENT', to: 'IN_DECISION', actors: ['COMMUNITY_MANAGER', 'PRODUCT_OWNER'], guards: ['ASSESSED'] },
    { from: 'IN_DECISION', to: 'FINANCING', actors: ['SYSTEM'], guards: ['DECISION_ACCEPTED'] },
    { from: 'IN_DECISION', to: 'REJECTED', actors: ['SYSTEM'], guards: ['DECISION_NOT_ACCEPTED'] },
    { from: 'FINANCING', to: 'IN_DEVELOPMENT', actors: ['PRODUCT_OWNER'], guards: ['FINANCED'] },
    { from: 'IN_DEVELOPMENT', to: 'RELEASED', actors: ['PRODUCT_OWNER'], guards: ['RELEASE_NOTED'] },
  ],
  surveyDays: 21,
  decisions: { ALL_MEMBERS: { preset: 'SIMPLE_MAJORITY', committeeKinds: ['GENERAL_ASSEMBLY'] } },
};

const transitionRows = templates.flatMap(([key, w]) =>
  w.transitions.map((t) => ({ name: `${key}: ${t.from} → ${t.to}`, w, t })),
);

describe.each(transitionRows)('$name', ({ w, t }) => {
  const to = categoryOf(w, t.to);

  it.each(t.actors)('is allowed for %s when every guard holds', (actor) => {
    expect(checkTransition(w, factsFor(t.from, t.guards), attempt(t.to, [actor]))).toEqual({ allowed: true });
  });

  const others = workflowActors.filter((a) => !t.actors.includes(a));
  it.each(others)('is refused for %s, naming who may', (actor) => {
    expect(checkTransition(w, factsFor(t.from, t.guards), attempt(t.to, [actor]))).toEqual({
      allowed: false,
      reasons: [
        `Only ${orList(t.actors.map((a) => who[a]))} may move a request from ${label(w, t.from)} to ${label(w, t.to)}; you act as ${who[actor].replace(/^(the|an?) /, '').replace(/ \(.*\)$/, '')}`,
      ],
    });
  });

  if (t.guards.length > 0) {
    it.each(t.guards)('is refused when %s fails, saying why', (guard) => {
      const facts = { ...factsFor(t.from, t.guards), ...breaking[guard].facts };
      expect(checkTransition(w, facts, attempt(t.to, t.actors))).toEqual({
        allowed: false,
        reasons: [breaking[guard].reason(subject[to])],
      });
    });
  }
});

const missingRows = templates.flatMap(([key, w]) =>
  w.stages.flatMap((from) =>
    w.stages
      .filter((to) => !w.transitions.some((t) => t.from === from.key && t.to === to.key))
      .map((to) => ({ key, w, from, to })),
  ),
);

describe('moves the workflow does not have', () => {
  it.each(missingRows)(
    '$key: $from.key → $to.key is refused for everyone, listing where the request can go',
    ({ w, from, to }) => {
      const targets = w.transitions.filter((t) => t.from === from.key).map((t) => label(w, t.to));
      const allowed =
        targets.length > 0 ? `allowed from ${from.labelEn}: ${targets.join(', ')}` : `${from.labelEn} is a final stage`;
      const what =
        from.key === to.key
          ? `The request is already in ${from.labelEn}`
          : `No transition from ${from.labelEn} to ${to.labelEn}`;
      expect(checkTransition(w, factsFor(from.key), attempt(to.key, [...workflowActors]))).toEqual({
        allowed: false,
        reasons: [`${what}; ${allowed}`],
      });
    },
  );
});

describe('checkTransition', () => {
  it('words the examples of the issue', () => {
    expect(
      checkTransition(example, factsFor('INTEREST_SURVEY'), attempt('IN_DEVELOPMENT', ['COMMUNITY_MANAGER'])),
    ).toEqual({
      allowed: false,
      reasons: [
        'No transition from Interest survey to Development; allowed from Interest survey: Assessment, Withdrawn',
      ],
    });
    expect(checkTransition(example, factsFor('ASSESSMENT'), attempt('IN_DECISION', ['REPRESENTATIVE']))).toEqual({
      allowed: false,
      reasons: [
        'Only the community manager or the product owner may move a request from Assessment to Decision; you act as representative',
      ],
    });
    const rejected = {
      ...factsFor('IN_DECISION'),
      decision: { outcome: 'REJECTED' as const, decidedAt: '2027-03-12T10:00:00Z' },
    };
    expect(checkTransition(example, rejected, attempt('FINANCING', ['SYSTEM']))).toEqual({
      allowed: false,
      reasons: ['Financing needs an accepted decision; the vote on 12 March 2027 was rejected'],
    });
  });

  it('reports every failing point at once: the role and each guard', () => {
    const facts = { ...factsFor('IN_DEVELOPMENT'), releaseVersion: ' ', changelogEntry: null };
    expect(checkTransition(example, facts, attempt('RELEASED', ['REPRESENTATIVE', 'SUBMITTER']))).toEqual({
      allowed: false,
      reasons: [
        'Only the product owner may move a request from Development to Released; you act as representative and submitter',
        'A release needs a version and a changelog entry; both are missing',
      ],
    });
    expect(
      checkTransition(example, { ...factsFor('IN_DEVELOPMENT'), changelogEntry: '' }, attempt('RELEASED', [])),
    ).toEqual({
      allowed: false,
      reasons: [
        'Only the product owner may move a request from Development to Released; you hold no role in this partnership',
        'A release needs a version and a changelog entry; the changelog entry is missing',
      ],
    });
  });

  it.each([
    [null, 'Financing needs an accepted decision; no vote has been taken yet'],
    [{ outcome: null, decidedAt: null }, 'Financing needs an accepted decision; the vote has not closed yet'],
    [
      { outcome: 'VETOED', decidedAt: DECIDED },
      'Financing needs an accepted decision; the vote on 12 March 2027 was vetoed',
    ],
    [
      { outcome: 'NO_QUORUM', decidedAt: DECIDED },
      'Financing needs an accepted decision; the vote on 12 March 2027 did not reach its quorum',
    ],
    [{ outcome: 'REJECTED', decidedAt: null }, 'Financing needs an accepted decision; the vote was rejected'],
  ] as const)('says what became of the vote: %j', (decision, reason) => {
    expect(
      checkTransition(example, { ...factsFor('IN_DECISION'), decision }, attempt('FINANCING', ['SYSTEM'])),
    ).toEqual({ allowed: false, reasons: [reason] });
  });

  it('needs the survey deadline after now, not merely set', () => {
    const at = (surveyDeadline: string | null, now: string) =>
      checkTransition(
        example,
        { ...factsFor('SUBMITTED'), surveyDeadline },
        attempt('INTEREST_SURVEY', ['COMMUNITY_MANAGER'], now),
      );
    expect(at(null, NOW)).toEqual({
      allowed: false,
      reasons: ['An interest survey needs a deadline in the future; none is set'],
    });
    expect(at(FUTURE, FUTURE)).toEqual({
      allowed: false,
      reasons: ['An interest survey needs a deadline in the future; the deadline 22 March 2027 has passed'],
    });
    expect(at(FUTURE, '2027-03-22T08:59:59.999Z')).toEqual({ allowed: true });
  });

  it('takes a survey as closed when closed by hand or when its deadline has passed', () => {
    const leave = (facts: Partial<RequestFacts>, now = NOW) =>
      checkTransition(example, { ...factsFor('INTEREST_SURVEY'), ...facts }, attempt('ASSESSMENT', ['SYSTEM'], now))
        .allowed;
    expect(leave({ surveyClosedAt: null, surveyDeadline: FUTURE })).toBe(false);
    expect(leave({ surveyClosedAt: null, surveyDeadline: FUTURE }, FUTURE)).toBe(true);
    expect(leave({ surveyClosedAt: NOW, surveyDeadline: FUTURE })).toBe(true);
    expect(
      checkTransition(
        example,
        { ...factsFor('INTEREST_SURVEY'), surveyClosedAt: null, surveyDeadline: null },
        attempt('ASSESSMENT', ['SYSTEM']),
      ),
    ).toEqual({
      allowed: false,
      reasons: ['The interest survey has not closed yet; it has no deadline, so it closes only by hand'],
    });
  });

  it('refuses an unknown target or current stage, listing the stages', () => {
    const stages =
      'Submitted (SUBMITTED), Interest survey (INTEREST_SURVEY), Assessment (ASSESSMENT), Decision (IN_DECISION), Financing (FINANCING), Development (IN_DEVELOPMENT), Released (RELEASED), Rejected (REJECTED), Withdrawn (WITHDRAWN)';
    expect(checkTransition(example, factsFor('SUBMITTED'), attempt('PARKED', ['ADMIN']))).toEqual({
      allowed: false,
      reasons: [`There is no stage PARKED in this workflow; its stages are ${stages}`],
    });
    expect(checkTransition(example, factsFor('GONE'), attempt('SUBMITTED', ['ADMIN']))).toEqual({
      allowed: false,
      reasons: [`The request is in stage GONE, which this workflow does not have; its stages are ${stages}`],
    });
  });
});

describe('availableTransitions', () => {
  it('offers the moves the actors may make by role, with the reasons a guard fails now', () => {
    const facts = { ...factsFor('ASSESSMENT'), assessed: false };
    expect(availableTransitions(example, facts, ['REPRESENTATIVE', 'SUBMITTER'], NOW)).toEqual([]);
    expect(availableTransitions(example, facts, ['COMMUNITY_MANAGER'], NOW)).toEqual([
      {
        to: 'IN_DECISION',
        label: 'Decision',
        allowed: false,
        reasons: ['A decision needs an assessment by the product owner; none is recorded yet'],
        failures: [
          { guard: 'ASSESSED', reason: 'A decision needs an assessment by the product owner; none is recorded yet' },
        ],
      },
    ]);
    expect(availableTransitions(example, factsFor('INTEREST_SURVEY'), ['COMMUNITY_MANAGER'], NOW)).toEqual([
      { to: 'WITHDRAWN', label: 'Withdrawn', allowed: true, reasons: [], failures: [] },
    ]);
    expect(
      availableTransitions(example, { ...factsFor('INTEREST_SURVEY'), surveyClosedAt: null }, ['SYSTEM'], NOW),
    ).toEqual([
      {
        to: 'ASSESSMENT',
        label: 'Assessment',
        allowed: false,
        reasons: ['The interest survey has not closed yet; it runs until 22 March 2027'],
        failures: [
          { guard: 'SURVEY_CLOSED', reason: 'The interest survey has not closed yet; it runs until 22 March 2027' },
        ],
      },
    ]);
  });

  const factsArb = fc.record({
    fundingRoute: fc.constantFrom(
      'ALL_MEMBERS' as const,
      'SUBGROUP' as const,
      'SINGLE_MEMBER' as const,
      'DEVELOPMENT_FUND' as const,
    ),
    surveyDeadline: fc.constantFrom(null, PAST, FUTURE),
    surveyClosedAt: fc.constantFrom(null, PAST),
    interestedMembers: fc.nat(3),
    assessed: fc.boolean(),
    estimated: fc.boolean(),
    decision: fc.option(
      fc.record({
        outcome: fc.constantFrom(
          'ACCEPTED' as const,
          'REJECTED' as const,
          'VETOED' as const,
          'NO_QUORUM' as const,
          null,
        ),
        decidedAt: fc.constantFrom(null, DECIDED),
      }),
      { nil: null },
    ),
    financed: fc.boolean(),
    releaseVersion: fc.constantFrom(null, '', '1.0.0'),
    changelogEntry: fc.constantFrom(null, ' ', 'Fixed the map legend.'),
  });
  const actorsArb = fc.subarray([...workflowActors]);

  it('agrees with checkTransition on every offered and every withheld move', () => {
    fc.assert(
      fc.property(fc.constantFrom(...templates), factsArb, actorsArb, ([, w], base, actors) => {
        for (const stage of w.stages) {
          const facts = { ...base, stage: stage.key };
          const offered = availableTransitions(w, facts, actors, NOW);
          for (const t of w.transitions.filter((x) => x.from === stage.key)) {
            const verdict = checkTransition(w, facts, attempt(t.to, actors));
            const offer = offered.find((o) => o.to === t.to);
            if (offer)
              expect(verdict).toEqual(offer.allowed ? { allowed: true } : { allowed: false, reasons: offer.reasons });
            else expect(verdict.allowed).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  /** Stages reachable from any decision stage: entering financing from there needs an accepted decision. */
  const afterDecision = (w: Workflow) =>
    reachableStages(
      w,
      w.stages.filter((s) => s.category === 'DECISION').map((s) => s.key),
    );

  it('never walks into development unfinanced, nor into financing or acceptance after a decision stage without an accepted decision', () => {
    const step = fc.record({ facts: factsArb, actors: actorsArb, pick: fc.nat() });
    fc.assert(
      fc.property(fc.constantFrom(...templates), fc.array(step, { maxLength: 60 }), ([, w], steps) => {
        const decided = afterDecision(w);
        let stage = w.initialStage;
        for (const s of steps) {
          const facts = { ...s.facts, stage };
          const options = availableTransitions(w, facts, s.actors, NOW).filter((o) => o.allowed);
          if (options.length === 0) continue;
          const next = options[s.pick % options.length].to;
          expect(checkTransition(w, facts, attempt(next, s.actors))).toEqual({ allowed: true });
          const category = categoryOf(w, next);
          if (category === 'DEVELOPMENT') expect(facts.financed).toBe(true);
          if ((category === 'FINANCING' || category === 'ACCEPTED') && decided.has(stage))
            expect(facts.decision?.outcome).toBe('ACCEPTED');
          stage = next;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['CIVITAS_CONNECT_V1', 'CIVITAS_CONNECT_V2', 'DIPAS', 'OSCA'] as const)(
    '%s: every way into financing comes after the decision stage',
    (key) => {
      const w = workflowTemplates[key];
      const into = w.transitions.filter((t) => categoryOf(w, t.to) === 'FINANCING');
      expect(into.length).toBeGreaterThan(0);
      for (const t of into)
        expect({ t, afterDecision: afterDecision(w).has(t.from) }).toEqual({ t, afterDecision: true });
    },
  );
});

describe('stageAfterDecision and stageAfterSurvey', () => {
  const afterVote: Record<TemplateKey, Record<string, [accepted: string, notAccepted: string]>> = {
    CIVITAS_CONNECT_V1: { IN_DECISION: ['FINANCING', 'REJECTED'] },
    CIVITAS_CONNECT_V2: { IN_DECISION: ['FINANCING', 'REJECTED'] },
    MASTERPORTAL: { IN_DECISION: ['PULL_REQUEST', 'DEVELOPED_OUTSIDE'] },
    DIPAS: { IN_DECISION: ['FINANCING', 'REJECTED'] },
    BILETADO: {},
    OSCA: { IN_DECISION: ['FINANCING', 'REJECTED'] },
    KODI: {},
    SMART_VILLAGE_APP: {},
  };
  const afterSurvey: Record<TemplateKey, Record<string, string>> = {
    CIVITAS_CONNECT_V1: {},
    CIVITAS_CONNECT_V2: {},
    MASTERPORTAL: {},
    DIPAS: {},
    BILETADO: { INTEREST_SURVEY: 'BACKLOG' },
    OSCA: {},
    KODI: { INTEREST_SURVEY: 'MATCHING' },
    SMART_VILLAGE_APP: { INTEREST_SURVEY: 'GROUPING' },
  };
  const decided = (stage: string, outcome: 'ACCEPTED' | 'REJECTED' | 'VETOED' | 'NO_QUORUM' | null): RequestFacts => ({
    ...factsFor(stage),
    decision: { outcome, decidedAt: outcome ? DECIDED : null },
  });

  it.each(templates)('%s: a closed vote sends the request on, and the system may make that move', (key, w) => {
    const decisionStages = w.stages.filter((s) => s.category === 'DECISION').map((s) => s.key);
    expect(decisionStages).toEqual(Object.keys(afterVote[key]));
    for (const [stage, [yes, no]] of Object.entries(afterVote[key])) {
      expect(stageAfterDecision(w, decided(stage, 'ACCEPTED'))).toBe(yes);
      for (const outcome of ['REJECTED', 'VETOED', 'NO_QUORUM'] as const)
        expect(stageAfterDecision(w, decided(stage, outcome))).toBe(no);
      expect(stageAfterDecision(w, decided(stage, null))).toBeNull();
      expect(stageAfterDecision(w, { ...factsFor(stage), decision: null })).toBeNull();
      expect(checkTransition(w, decided(stage, 'ACCEPTED'), attempt(yes, ['SYSTEM']))).toEqual({ allowed: true });
      expect(checkTransition(w, decided(stage, 'VETOED'), attempt(no, ['SYSTEM']))).toEqual({ allowed: true });
    }
    for (const s of w.stages.filter((x) => x.category !== 'DECISION'))
      expect(stageAfterDecision(w, decided(s.key, 'ACCEPTED'))).toBeNull();
  });

  it.each(templates)('%s: a closed survey sends the request on, and the system may make that move', (key, w) => {
    const surveyStages = w.stages.filter((s) => s.category === 'SURVEY').map((s) => s.key);
    expect(surveyStages).toEqual(Object.keys(afterSurvey[key]));
    for (const [stage, next] of Object.entries(afterSurvey[key])) {
      const closed = { ...factsFor(stage), surveyDeadline: PAST, surveyClosedAt: PAST };
      expect(stageAfterSurvey(w, closed)).toBe(next);
      expect(checkTransition(w, closed, attempt(next, ['SYSTEM']))).toEqual({ allowed: true });
    }
    for (const s of w.stages.filter((x) => x.category !== 'SURVEY'))
      expect(stageAfterSurvey(w, factsFor(s.key))).toBeNull();
  });

  it('takes only SYSTEM transitions, and the first one when there are several', () => {
    const w = structuredClone(example);
    w.transitions.unshift({
      from: 'INTEREST_SURVEY',
      to: 'REJECTED',
      actors: ['COMMUNITY_MANAGER'],
      guards: ['SURVEY_CLOSED'],
    });
    w.transitions.push({ from: 'INTEREST_SURVEY', to: 'IN_DECISION', actors: ['SYSTEM'], guards: ['SURVEY_CLOSED'] });
    expect(stageAfterSurvey(w, factsFor('INTEREST_SURVEY'))).toBe('ASSESSMENT');
  });
});

describe('decisionPathFor and roadmapColumn', () => {
  it('gives each route its committees and rule, or null where a route is not voted on', () => {
    expect(decisionPathFor(workflowTemplates.CIVITAS_CONNECT_V1, 'ALL_MEMBERS')).toEqual({
      preset: 'THREE_QUARTERS',
      committeeKinds: ['GENERAL_ASSEMBLY'],
    });
    expect(decisionPathFor(workflowTemplates.CIVITAS_CONNECT_V1, 'SUBGROUP')).toEqual({
      preset: 'ABSOLUTE_MAJORITY',
      committeeKinds: ['GENERAL_ASSEMBLY'],
    });
    expect(decisionPathFor(workflowTemplates.CIVITAS_CONNECT_V1, 'SINGLE_MEMBER')).toBeNull();
    expect(decisionPathFor(workflowTemplates.DIPAS, 'SUBGROUP')).toEqual({
      preset: 'SIMPLE_MAJORITY',
      committeeKinds: ['STRATEGIC_COMMITTEE', 'TECHNICAL_COMMITTEE'],
    });
    expect(decisionPathFor(workflowTemplates.OSCA, 'SINGLE_MEMBER')).toEqual({
      preset: 'SIMPLE_MAJORITY',
      committeeKinds: ['ADVISORY_BOARD'],
    });
    expect(decisionPathFor(workflowTemplates.BILETADO, 'ALL_MEMBERS')).toBeNull();
  });

  it('puts accepted and financing requests in one column, then development, testing, released', () => {
    expect(Object.fromEntries(stageCategories.map((c) => [c, roadmapColumn(c)]))).toEqual({
      SUBMITTED: null,
      SURVEY: null,
      ASSESSMENT: null,
      DECISION: null,
      ACCEPTED: 'ACCEPTED',
      FINANCING: 'ACCEPTED',
      DEVELOPMENT: 'IN_DEVELOPMENT',
      TESTING: 'TESTING',
      RELEASED: 'RELEASED',
      REJECTED: null,
      DEVELOPED_OUTSIDE: null,
      WITHDRAWN: null,
    });
  });

  it('renders a reason in the reader’s language, with dates in UTC', () => {
    const rejected = {
      ...factsFor('IN_DECISION'),
      decision: { outcome: 'REJECTED' as const, decidedAt: '2027-03-12T23:30:00-02:00' },
    };
    const verdict = verdictOf(example, rejected, attempt('FINANCING', ['SYSTEM']));
    expect(verdict.allowed ? [] : verdict.reasons.map(inLanguage('de'))).toEqual([
      'Die Finanzierung braucht eine angenommene Entscheidung; die Abstimmung am 13. März 2027 wurde abgelehnt',
    ]);
    const unassessed = { ...factsFor('ASSESSMENT'), assessed: false };
    const early = verdictOf(example, unassessed, attempt('IN_DECISION', ['REPRESENTATIVE']));
    expect(early.allowed ? [] : early.reasons.map(inLanguage('de'))).toEqual([
      'Nur das Community-Management oder der Product Owner darf eine Anfrage von Prüfung nach Entscheidung verschieben; Sie handeln als Vertretung',
      'Eine Entscheidung braucht eine Bewertung durch den Product Owner; bisher ist keine erfasst',
    ]);
  });
});

describe('validateWorkflow', () => {
  it.each(templates)('accepts the template %s', (_key, w) => expect(validateWorkflow(w)).toEqual([]));
  it('accepts the example', () => expect(validateWorkflow(example)).toEqual([]));

  const broken = (change: (w: Workflow) => void): string[] => {
    const w = structuredClone(example);
    change(w);
    return validateWorkflow(w).map((m) => render(m, 'en'));
  };
  const find = (w: Workflow, from: string, to: string): Transition =>
    w.transitions.find((t) => t.from === from && t.to === to)!;
  const all =
    'SUBMITTED, INTEREST_SURVEY, ASSESSMENT, IN_DECISION, FINANCING, IN_DEVELOPMENT, RELEASED, REJECTED, WITHDRAWN';

  it.each<[string, (w: Workflow) => void, string[]]>([
    [
      'no stages',
      (w) => Object.assign(w, { stages: [], transitions: [] }),
      ['A workflow needs at least one stage; start with a stage of category SUBMITTED'],
    ],
    [
      'an empty key',
      (w) => w.stages.push({ key: '', category: 'WITHDRAWN', labelDe: 'Dublette', labelEn: 'Duplicate' }),
      [
        'Stage key "" is not allowed; a key has 2 to 40 characters A–Z, 0–9 or _ and starts with a letter, e.g. IN_DEVELOPMENT',
      ],
    ],
    [
      'a lower-case key',
      (w) => {
        w.stages[0].key = 'submitted';
        w.initialStage = 'submitted';
        w.transitions.filter((t) => t.from === 'SUBMITTED').forEach((t) => (t.from = 'submitted'));
      },
      [
        'Stage key "submitted" is not allowed; a key has 2 to 40 characters A–Z, 0–9 or _ and starts with a letter, e.g. IN_DEVELOPMENT',
      ],
    ],
    [
      'a key of 41 characters',
      (w) => w.stages.push({ key: `A${'B'.repeat(40)}`, category: 'WITHDRAWN', labelDe: 'X', labelEn: 'X' }),
      [
        `Stage key "A${'B'.repeat(40)}" is not allowed; a key has 2 to 40 characters A–Z, 0–9 or _ and starts with a letter, e.g. IN_DEVELOPMENT`,
      ],
    ],
    [
      'a key used twice',
      (w) => w.stages.push({ key: 'ASSESSMENT', category: 'ASSESSMENT', labelDe: 'Noch einmal', labelEn: 'Again' }),
      ['Stage key ASSESSMENT is used twice; every stage needs its own key'],
    ],
    [
      'an empty German label',
      (w) => (w.stages[2].labelDe = ' '),
      ['Stage ASSESSMENT needs a German label; it is empty'],
    ],
    [
      'an empty English label',
      (w) => (w.stages[2].labelEn = ''),
      ['Stage ASSESSMENT needs an English label; it is empty'],
    ],
    [
      'an unknown category',
      (w) => (w.stages[8].category = 'PARKED' as StageCategory),
      [`Stage WITHDRAWN has unknown category PARKED; allowed: ${stageCategories.join(', ')}`],
    ],
    [
      'a missing initial stage',
      (w) => (w.initialStage = 'START'),
      [`The initial stage START does not exist; choose one of ${all}`],
    ],
    [
      'an initial stage that is not SUBMITTED',
      (w) => {
        w.initialStage = 'ASSESSMENT';
        w.stages[0].category = 'ASSESSMENT';
      },
      [
        'The initial stage ASSESSMENT has category ASSESSMENT; a request must start in a stage of category SUBMITTED',
        'Stage SUBMITTED cannot be reached from the initial stage ASSESSMENT; add a transition into it or remove it',
        'Stage INTEREST_SURVEY cannot be reached from the initial stage ASSESSMENT; add a transition into it or remove it',
        'Stage WITHDRAWN cannot be reached from the initial stage ASSESSMENT; add a transition into it or remove it',
      ],
    ],
    [
      'a transition from an unknown stage',
      (w) => w.transitions.push({ from: 'PARKED', to: 'WITHDRAWN', actors: ['ADMIN'], guards: [] }),
      [`Transition PARKED → WITHDRAWN starts at PARKED, which is not a stage; stages are ${all}`],
    ],
    [
      'a transition to an unknown stage',
      (w) => w.transitions.push({ from: 'ASSESSMENT', to: 'PARKED', actors: ['ADMIN'], guards: [] }),
      [`Transition ASSESSMENT → PARKED leads to PARKED, which is not a stage; stages are ${all}`],
    ],
    [
      'a self-transition',
      (w) => w.transitions.push({ from: 'ASSESSMENT', to: 'ASSESSMENT', actors: ['PRODUCT_OWNER'], guards: [] }),
      ['Transition ASSESSMENT → ASSESSMENT leads back to its own stage; a transition must change the stage'],
    ],
    [
      'a duplicate transition',
      (w) => w.transitions.push({ from: 'SUBMITTED', to: 'WITHDRAWN', actors: ['ADMIN'], guards: [] }),
      [
        'Transition SUBMITTED → WITHDRAWN is listed twice; merge the two into one transition with all their actors and guards',
      ],
    ],
    [
      'no actors',
      (w) => (find(w, 'ASSESSMENT', 'IN_DECISION').actors = []),
      [`Transition ASSESSMENT → IN_DECISION names no actor; name at least one of ${workflowActors.join(', ')}`],
    ],
    [
      'an unknown actor',
      (w) => find(w, 'ASSESSMENT', 'IN_DECISION').actors.push('MAYOR' as WorkflowActor),
      [`Transition ASSESSMENT → IN_DECISION names unknown actor MAYOR; allowed: ${workflowActors.join(', ')}`],
    ],
    [
      'an unknown guard',
      (w) => find(w, 'ASSESSMENT', 'IN_DECISION').guards.push('BLESSED' as Guard),
      [
        'Transition ASSESSMENT → IN_DECISION names unknown guard BLESSED; allowed: SURVEY_DEADLINE_SET, SURVEY_CLOSED, INTEREST_DECLARED, ASSESSED, ESTIMATED, DECISION_ACCEPTED, DECISION_NOT_ACCEPTED, FINANCED, RELEASE_NOTED',
      ],
    ],
    [
      'contradicting decision guards',
      (w) => find(w, 'IN_DECISION', 'FINANCING').guards.push('DECISION_NOT_ACCEPTED'),
      [
        'Transition IN_DECISION → FINANCING needs the decision both accepted and not accepted; keep only one of DECISION_ACCEPTED and DECISION_NOT_ACCEPTED',
      ],
    ],
    [
      'an unreachable stage',
      (w) => w.stages.push({ key: 'PARKED', category: 'ASSESSMENT', labelDe: 'Geparkt', labelEn: 'Parked' }),
      ['Stage PARKED cannot be reached from the initial stage SUBMITTED; add a transition into it or remove it'],
    ],
    [
      'no reachable release',
      (w) => {
        w.transitions = w.transitions.filter((t) => t.to !== 'RELEASED');
        w.transitions.push({ from: 'RELEASED', to: 'SUBMITTED', actors: ['ADMIN'], guards: [] });
        w.stages[6].category = 'ASSESSMENT';
      },
      [
        'Stage RELEASED cannot be reached from the initial stage SUBMITTED; add a transition into it or remove it',
        'No stage of category RELEASED can be reached from the initial stage SUBMITTED; every workflow must lead to a release',
      ],
    ],
    [
      'a survey without a deadline guard',
      (w) => (find(w, 'SUBMITTED', 'INTEREST_SURVEY').guards = []),
      [
        'Transition SUBMITTED → INTEREST_SURVEY starts an interest survey without guard SURVEY_DEADLINE_SET; a survey needs a deadline in the future',
      ],
    ],
    [
      'a survey nobody closes',
      (w) => (find(w, 'INTEREST_SURVEY', 'ASSESSMENT').actors = ['COMMUNITY_MANAGER']),
      [
        'Survey stage INTEREST_SURVEY has no way out when its survey closes; add a transition by SYSTEM with guard SURVEY_CLOSED',
      ],
    ],
    [
      'development without financing',
      (w) => (find(w, 'FINANCING', 'IN_DEVELOPMENT').guards = []),
      [
        'Transition FINANCING → IN_DEVELOPMENT enters development without guard FINANCED; development may only start once financing is complete',
      ],
    ],
    [
      'development straight from outside work',
      (w) => {
        w.stages.push({
          key: 'DEVELOPED_OUTSIDE',
          category: 'DEVELOPED_OUTSIDE',
          labelDe: 'Extern',
          labelEn: 'Outside',
        });
        w.transitions.push(
          { from: 'REJECTED', to: 'DEVELOPED_OUTSIDE', actors: ['SUBMITTER'], guards: [] },
          { from: 'DEVELOPED_OUTSIDE', to: 'IN_DEVELOPMENT', actors: ['SUBMITTER'], guards: [] },
        );
      },
      [
        'Transition DEVELOPED_OUTSIDE → IN_DEVELOPMENT enters development without guard FINANCED; development may only start once financing is complete',
      ],
    ],
    [
      'financing without an accepted decision after a decision stage',
      (w) => (find(w, 'IN_DECISION', 'FINANCING').guards = []),
      [
        'Transition IN_DECISION → FINANCING enters financing without guard DECISION_ACCEPTED; a decision stage comes before it, so it must wait for an accepted decision',
        'Decision stage IN_DECISION has no way out when the vote is accepted; add a transition by SYSTEM with guard DECISION_ACCEPTED',
      ],
    ],
    [
      'acceptance without an accepted decision after a decision stage',
      (w) => {
        w.stages.push({ key: 'ACCEPTED', category: 'ACCEPTED', labelDe: 'Angenommen', labelEn: 'Accepted' });
        w.transitions.push(
          { from: 'IN_DECISION', to: 'ACCEPTED', actors: ['COMMUNITY_MANAGER'], guards: [] },
          { from: 'ACCEPTED', to: 'FINANCING', actors: ['TREASURER'], guards: ['DECISION_ACCEPTED'] },
        );
      },
      [
        'Transition IN_DECISION → ACCEPTED enters an accepted stage without guard DECISION_ACCEPTED; a decision stage comes before it, so it must wait for an accepted decision',
      ],
    ],
    [
      'a decision stage without a way out when rejected',
      (w) => (w.transitions = w.transitions.filter((t) => t.to !== 'REJECTED')),
      [
        'Decision stage IN_DECISION has no way out when the vote is not accepted; add a transition by SYSTEM with guard DECISION_NOT_ACCEPTED',
        'Stage REJECTED cannot be reached from the initial stage SUBMITTED; add a transition into it or remove it',
      ],
    ],
    [
      'a released request moving on',
      (w) =>
        w.transitions.push({ from: 'RELEASED', to: 'IN_DEVELOPMENT', actors: ['PRODUCT_OWNER'], guards: ['FINANCED'] }),
      [
        'Transition RELEASED → IN_DEVELOPMENT leaves RELEASED, a final stage of category RELEASED; released and withdrawn requests do not move on',
      ],
    ],
    [
      'a rejected request moving on',
      (w) => w.transitions.push({ from: 'REJECTED', to: 'SUBMITTED', actors: ['SUBMITTER'], guards: [] }),
      [
        'Transition REJECTED → SUBMITTED leaves the rejected stage REJECTED for a stage of category SUBMITTED; a rejected request may only move on to a DEVELOPED_OUTSIDE stage',
      ],
    ],
    ['surveyDays 0', (w) => (w.surveyDays = 0), ['surveyDays must be a whole number of days from 1 to 90, got 0']],
    ['surveyDays 91', (w) => (w.surveyDays = 91), ['surveyDays must be a whole number of days from 1 to 90, got 91']],
    [
      'surveyDays 2.5',
      (w) => (w.surveyDays = 2.5),
      ['surveyDays must be a whole number of days from 1 to 90, got 2.5'],
    ],
    [
      'a decision path without committees',
      (w) => (w.decisions.ALL_MEMBERS!.committeeKinds = []),
      [
        'The decision path for ALL_MEMBERS names no committee; name at least one of GENERAL_ASSEMBLY, STRATEGIC_COMMITTEE, TECHNICAL_COMMITTEE, WORKING_GROUP, ADVISORY_BOARD',
      ],
    ],
    [
      'a committee named twice',
      (w) => (w.decisions.ALL_MEMBERS!.committeeKinds = ['GENERAL_ASSEMBLY', 'GENERAL_ASSEMBLY']),
      ['The decision path for ALL_MEMBERS names a committee kind twice; each committee votes once'],
    ],
    [
      'an unknown preset and committee',
      (w) => (w.decisions.ALL_MEMBERS = { preset: 'MOST' as never, committeeKinds: ['COUNCIL' as never] }),
      [
        'The decision path for ALL_MEMBERS uses unknown rule preset MOST; allowed: SIMPLE_MAJORITY, ABSOLUTE_MAJORITY, TWO_THIRDS, THREE_QUARTERS, UNANIMITY',
        'The decision path for ALL_MEMBERS names unknown committee kind COUNCIL; allowed: GENERAL_ASSEMBLY, STRATEGIC_COMMITTEE, TECHNICAL_COMMITTEE, WORKING_GROUP, ADVISORY_BOARD',
      ],
    ],
    [
      'an unknown funding route',
      (w) => Object.assign(w.decisions, { EVERYONE: { preset: 'UNANIMITY', committeeKinds: ['GENERAL_ASSEMBLY'] } }),
      [
        'There is a decision path for unknown funding route EVERYONE; allowed: ALL_MEMBERS, SUBGROUP, SINGLE_MEMBER, DEVELOPMENT_FUND',
      ],
    ],
    [
      'a decision stage but no decision path',
      (w) => (w.decisions = {}),
      [
        'The workflow has a decision stage but no decision path; add one for at least one funding route (ALL_MEMBERS, SUBGROUP, SINGLE_MEMBER, DEVELOPMENT_FUND)',
      ],
    ],
  ])('catches %s', (_name, change, errors) => {
    expect(broken(change)).toEqual(errors);
  });

  it('lets financing go without a decision where no decision stage comes before it (Masterportal builds first, presents after)', () => {
    const w = workflowTemplates.MASTERPORTAL;
    expect(find(w, 'SUBMITTED', 'FINANCING').guards).toEqual([]);
    expect(validateWorkflow(w)).toEqual([]);
  });

  // Every guard the issue demands, taken away from any template, is caught.
  const demanded = templates.flatMap(([key, w]) => {
    const decided = reachableStages(
      w,
      w.stages.filter((s) => s.category === 'DECISION').map((s) => s.key),
    );
    return w.transitions.flatMap((t, i) => {
      const to = categoryOf(w, t.to);
      const need: Guard | null =
        to === 'SURVEY'
          ? 'SURVEY_DEADLINE_SET'
          : to === 'DEVELOPMENT'
            ? 'FINANCED'
            : (to === 'FINANCING' || to === 'ACCEPTED') && decided.has(t.from)
              ? 'DECISION_ACCEPTED'
              : null;
      return need ? [{ key, w, i, need, name: `${t.from} → ${t.to}` }] : [];
    });
  });
  const english = (problems: MessageRef[]) => problems.map((m) => render(m, 'en')).join('\n');
  it.each(demanded)('$key: dropping $need from $name is caught', ({ w, i, need }) => {
    const copy = structuredClone(w);
    copy.transitions[i].guards = copy.transitions[i].guards.filter((g) => g !== need);
    expect(english(validateWorkflow(copy))).toContain(
      `Transition ${copy.transitions[i].from} → ${copy.transitions[i].to} `,
    );
    expect(english(validateWorkflow(copy))).toContain(`without guard ${need}`);
  });
});
