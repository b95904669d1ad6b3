import { checkTransition, roadmapColumn, stageAfterDecision, stageAfterSurvey, validateWorkflow } from './workflow';
import { templateInfo, workflowTemplates } from './workflow-templates';
import type { RequestFacts, TemplateKey, Workflow, WorkflowActor } from './workflow.types';

const NOW = '2027-03-01T09:00:00.000Z';
const accepted = { decision: { outcome: 'ACCEPTED' as const, decidedAt: '2027-02-20T17:00:00Z' } };
const rejected = { decision: { outcome: 'REJECTED' as const, decidedAt: '2027-02-20T17:00:00Z' } };
const surveyOpen = { surveyDeadline: '2027-03-15T23:59:00Z' };
const surveyClosed = { surveyClosedAt: '2027-02-28T23:59:00Z' };
const released = { releaseVersion: '3.1.0', changelogEntry: 'New module for joint room bookings.' };

/** One step of a path: the stage it goes to, who makes the move, and what had to happen first. */
type Step = [to: string, by: WorkflowActor, first: Partial<RequestFacts>];

const fresh = (w: Workflow): RequestFacts => ({
  stage: w.initialStage,
  fundingRoute: 'ALL_MEMBERS',
  surveyDeadline: null,
  surveyClosedAt: null,
  interestedMembers: 0,
  assessed: false,
  estimated: false,
  decision: null,
  financed: false,
  releaseVersion: null,
  changelogEntry: null,
});

// From submission to release (or, for Civitas Connect variant 2, to development outside and a new application).
const paths: Array<[string, TemplateKey, Step[]]> = [
  [
    'Civitas Connect 1: assembly ≥ 75 %, a contract per member, joint financing, core',
    'CIVITAS_CONNECT_V1',
    [
      ['ASSESSMENT', 'COMMUNITY_MANAGER', {}],
      ['IN_DECISION', 'PRODUCT_OWNER', { assessed: true, estimated: true }],
      ['FINANCING', 'SYSTEM', accepted],
      ['IN_DEVELOPMENT', 'COMMUNITY_MANAGER', { financed: true }],
      ['RELEASED', 'PRODUCT_OWNER', released],
    ],
  ],
  [
    'Civitas Connect 2 accepted: the subgroup builds it, Civitas Connect brings it to maturity, a module for all',
    'CIVITAS_CONNECT_V2',
    [
      ['ASSESSMENT', 'COMMUNITY_MANAGER', { fundingRoute: 'SUBGROUP' }],
      ['IN_DECISION', 'COMMUNITY_MANAGER', { assessed: true, estimated: true }],
      ['FINANCING', 'SYSTEM', accepted],
      ['IN_DEVELOPMENT', 'PRODUCT_OWNER', { financed: true }],
      ['PRODUCT_MATURITY', 'PRODUCT_OWNER', {}],
      ['RELEASED', 'PRODUCT_OWNER', released],
    ],
  ],
  [
    'Civitas Connect 2 rejected: developed outside, later a new application for the core',
    'CIVITAS_CONNECT_V2',
    [
      ['ASSESSMENT', 'COMMUNITY_MANAGER', { fundingRoute: 'SUBGROUP' }],
      ['IN_DECISION', 'COMMUNITY_MANAGER', { assessed: true, estimated: true }],
      ['REJECTED', 'SYSTEM', rejected],
      ['DEVELOPED_OUTSIDE', 'SUBMITTER', {}],
      ['SUBMITTED', 'SUBMITTER', {}],
      ['ASSESSMENT', 'COMMUNITY_MANAGER', {}],
      ['IN_DECISION', 'COMMUNITY_MANAGER', {}],
    ],
  ],
  [
    'Masterportal: the member builds it, presents it in both committees, offers a pull request',
    'MASTERPORTAL',
    [
      ['ASSESSMENT', 'SUBMITTER', { fundingRoute: 'SINGLE_MEMBER' }],
      ['FINANCING', 'SUBMITTER', { assessed: true }],
      ['IN_DEVELOPMENT', 'SUBMITTER', { financed: true }],
      ['IN_DECISION', 'COMMUNITY_MANAGER', {}],
      ['PULL_REQUEST', 'SYSTEM', accepted],
      ['RELEASED', 'PRODUCT_OWNER', released],
    ],
  ],
  [
    'Masterportal, variant 1: the code stays in the member’s own repository',
    'MASTERPORTAL',
    [
      ['FINANCING', 'SUBMITTER', { fundingRoute: 'DEVELOPMENT_FUND' }],
      ['IN_DEVELOPMENT', 'TREASURER', { financed: true }],
      ['DEVELOPED_OUTSIDE', 'SUBMITTER', {}],
    ],
  ],
  [
    'DIPAS: first assessment, interest and estimate, both commissions, financing agreements, sprints, community testing',
    'DIPAS',
    [
      ['ASSESSMENT', 'COMMUNITY_MANAGER', {}],
      ['ESTIMATE', 'COMMUNITY_MANAGER', { assessed: true, interestedMembers: 2 }],
      ['IN_DECISION', 'COMMUNITY_MANAGER', { estimated: true }],
      ['FINANCING', 'SYSTEM', accepted],
      ['IN_DEVELOPMENT', 'PRODUCT_OWNER', { financed: true }],
      ['COMMUNITY_TESTING', 'PRODUCT_OWNER', {}],
      ['RELEASED', 'PRODUCT_OWNER', released],
    ],
  ],
  [
    'Biletado: written proposal, three weeks to declare participation, backlog, tender, provider',
    'BILETADO',
    [
      ['INTEREST_SURVEY', 'COMMUNITY_MANAGER', surveyOpen],
      ['BACKLOG', 'SYSTEM', { ...surveyClosed, interestedMembers: 3 }],
      ['TENDER', 'SUBMITTER', {}],
      ['IN_DEVELOPMENT', 'SUBMITTER', { financed: true }],
      ['RELEASED', 'PRODUCT_OWNER', released],
    ],
  ],
  [
    'OSCA: the provider estimates, the innovation board decides, one municipality funds, rolled out to all',
    'OSCA',
    [
      ['ASSESSMENT', 'PRODUCT_OWNER', { fundingRoute: 'SINGLE_MEMBER' }],
      ['IN_DECISION', 'PRODUCT_OWNER', { assessed: true, estimated: true }],
      ['FINANCING', 'SYSTEM', accepted],
      ['IN_DEVELOPMENT', 'PRODUCT_OWNER', { financed: true }],
      ['RELEASED', 'PRODUCT_OWNER', released],
    ],
  ],
  [
    'KODI: survey, matching, requirement and offer, cost sharing, build on consent',
    'KODI',
    [
      ['INTEREST_SURVEY', 'COMMUNITY_MANAGER', surveyOpen],
      ['MATCHING', 'SYSTEM', surveyClosed],
      ['REQUIREMENTS', 'COMMUNITY_MANAGER', { interestedMembers: 2, fundingRoute: 'SUBGROUP' }],
      ['FINANCING', 'PRODUCT_OWNER', { assessed: true, estimated: true }],
      ['IN_DEVELOPMENT', 'COMMUNITY_MANAGER', { financed: true }],
      ['RELEASED', 'PRODUCT_OWNER', released],
    ],
  ],
  [
    'Smart Village App: survey, group, requirement and estimate, financing, build, pilot, release with changelog',
    'SMART_VILLAGE_APP',
    [
      ['INTEREST_SURVEY', 'COMMUNITY_MANAGER', surveyOpen],
      ['GROUPING', 'SYSTEM', surveyClosed],
      ['REQUIREMENTS', 'COMMUNITY_MANAGER', { interestedMembers: 4, fundingRoute: 'SUBGROUP' }],
      ['FINANCING', 'PRODUCT_OWNER', { assessed: true, estimated: true }],
      ['IN_DEVELOPMENT', 'PRODUCT_OWNER', { financed: true }],
      ['PILOT', 'PRODUCT_OWNER', {}],
      ['RELEASED', 'PRODUCT_OWNER', released],
    ],
  ],
];

describe('template paths', () => {
  it.each(paths)('%s', (_name, key, steps) => {
    const w = workflowTemplates[key];
    let facts = fresh(w);
    for (const [to, by, first] of steps) {
      const move = { to, actors: [by], now: NOW };
      // What had to happen first is really needed (the fundingRoute only labels the path).
      const { fundingRoute: _route, ...needed } = first;
      if (Object.keys(needed).length > 0)
        expect({ to, verdict: checkTransition(w, facts, move).allowed }).toEqual({ to, verdict: false });
      facts = { ...facts, ...first };
      expect({ to, verdict: checkTransition(w, facts, move) }).toEqual({ to, verdict: { allowed: true } });
      // The system's moves are the ones a closed vote or survey makes.
      if (by === 'SYSTEM') expect(stageAfterDecision(w, facts) ?? stageAfterSurvey(w, facts)).toBe(to);
      facts = { ...facts, stage: to };
    }
  });

  it.each(paths)('%s: the path moves forward on the public roadmap', (_name, key, steps) => {
    const w = workflowTemplates[key];
    const order = ['ACCEPTED', 'IN_DEVELOPMENT', 'TESTING', 'RELEASED'];
    const columns = steps
      .map(([to]) => roadmapColumn(w.stages.find((s) => s.key === to)!.category))
      .filter((c) => c !== null);
    expect([...columns].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(columns);
  });
});

const templates = Object.entries(workflowTemplates) as [TemplateKey, Workflow][];

describe('templates', () => {
  it.each(templates)('%s is sound, names itself, and has German and English labels, distinct within it', (key, w) => {
    expect(validateWorkflow(w)).toEqual([]);
    expect(w.template).toBe(key);
    for (const lang of ['labelDe', 'labelEn'] as const) {
      const labels = w.stages.map((s) => s[lang].trim());
      expect(labels.every((l) => l.length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it.each(templates)('%s lets the submitter and the community manager withdraw an early request', (_key, w) => {
    for (const by of ['SUBMITTER', 'COMMUNITY_MANAGER'] as const) {
      expect(checkTransition(w, fresh(w), { to: 'WITHDRAWN', actors: [by], now: NOW })).toEqual({ allowed: true });
    }
    expect(checkTransition(w, fresh(w), { to: 'WITHDRAWN', actors: ['REPRESENTATIVE'], now: NOW }).allowed).toBe(false);
    // Nothing financed or decided can be withdrawn.
    const late = w.transitions
      .filter((t) => t.to === 'WITHDRAWN')
      .map((t) => w.stages.find((s) => s.key === t.from)!.category);
    expect(late.filter((c) => !['SUBMITTED', 'SURVEY', 'ASSESSMENT', 'FINANCING'].includes(c))).toEqual([]);
  });

  it('follows the study on surveys and decisions', () => {
    expect(Object.fromEntries(templates.map(([k, w]) => [k, w.surveyDays]))).toMatchObject({
      BILETADO: 21,
      KODI: 14,
      SMART_VILLAGE_APP: 14,
    });
    expect(workflowTemplates.CIVITAS_CONNECT_V1.decisions).toEqual({
      ALL_MEMBERS: { preset: 'THREE_QUARTERS', committeeKinds: ['GENERAL_ASSEMBLY'] },
      SUBGROUP: { preset: 'ABSOLUTE_MAJORITY', committeeKinds: ['GENERAL_ASSEMBLY'] },
    });
    for (const path of Object.values(workflowTemplates.DIPAS.decisions))
      expect(path).toEqual({
        preset: 'SIMPLE_MAJORITY',
        committeeKinds: ['STRATEGIC_COMMITTEE', 'TECHNICAL_COMMITTEE'],
      });
    for (const path of Object.values(workflowTemplates.MASTERPORTAL.decisions))
      expect(path.committeeKinds).toEqual(['STRATEGIC_COMMITTEE', 'TECHNICAL_COMMITTEE']);
    const surveys = templates.filter(([, w]) => w.stages.some((s) => s.category === 'SURVEY')).map(([k]) => k);
    expect(surveys).toEqual(['BILETADO', 'KODI', 'SMART_VILLAGE_APP']);
  });

  it('describes every template in German and English', () => {
    expect(Object.keys(templateInfo).sort()).toEqual(Object.keys(workflowTemplates).sort());
    for (const info of Object.values(templateInfo)) {
      for (const text of Object.values(info)) expect(text.trim().length).toBeGreaterThan(5);
      expect(info.descriptionDe).toMatch(/\.$/);
      expect(info.descriptionEn).toMatch(/\.$/);
    }
  });

  it('cannot be changed in place: a partnership edits a copy', () => {
    const w = workflowTemplates.KODI;
    expect(() => w.transitions.push(w.transitions[0])).toThrow(TypeError);
    const copy = structuredClone(w);
    copy.surveyDays = 21;
    expect(workflowTemplates.KODI.surveyDays).toBe(14);
  });
});
