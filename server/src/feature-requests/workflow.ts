/**
 * The feature-request workflow as one pure rule (DESIGN.md, "Workflow"): may these actors move this request to
 * that stage now, what can they do next, where does a closed vote or survey send it, and is a partnership's
 * edited workflow sound. Data in, data out: no I/O, and the time comes in as `now`.
 *
 * Reasons are messages (a catalogue key and parameters, rendered per reader) that say what is wrong and what is
 * allowed. Guard reasons name the target by its category ("Financing needs an accepted decision"), because a partnership's own stage labels
 * ("Kooperationsverträge der Teilgruppe") do not read as the subject of a sentence; the stage labels appear
 * where the move itself is named ("No transition from Interest survey to Development").
 */
import type {
  CommitteeKindName,
  DecisionPath,
  FundingRoute,
  Guard,
  RequestFacts,
  RulePresetName,
  Stage,
  StageCategory,
  Transition,
  TransitionAttempt,
  TransitionVerdict,
  Workflow,
  WorkflowActor,
} from './workflow.types';
import { type InBothLanguages, list, msg, type MessageRef, type ParamList } from '../common/i18n/messages';

export const stageCategories: readonly StageCategory[] = [
  'SUBMITTED',
  'SURVEY',
  'ASSESSMENT',
  'DECISION',
  'ACCEPTED',
  'FINANCING',
  'DEVELOPMENT',
  'TESTING',
  'RELEASED',
  'REJECTED',
  'DEVELOPED_OUTSIDE',
  'WITHDRAWN',
];
export const workflowActors: readonly WorkflowActor[] = [
  'SUBMITTER',
  'REPRESENTATIVE',
  'COMMUNITY_MANAGER',
  'PRODUCT_OWNER',
  'TREASURER',
  'ADMIN',
  'SYSTEM',
];
export const guards: readonly Guard[] = [
  'SURVEY_DEADLINE_SET',
  'SURVEY_CLOSED',
  'INTEREST_DECLARED',
  'ASSESSED',
  'ESTIMATED',
  'DECISION_ACCEPTED',
  'DECISION_NOT_ACCEPTED',
  'FINANCED',
  'RELEASE_NOTED',
];
const fundingRoutes: readonly FundingRoute[] = ['ALL_MEMBERS', 'SUBGROUP', 'SINGLE_MEMBER', 'DEVELOPMENT_FUND'];
const rulePresets: readonly RulePresetName[] = [
  'SIMPLE_MAJORITY',
  'ABSOLUTE_MAJORITY',
  'TWO_THIRDS',
  'THREE_QUARTERS',
  'UNANIMITY',
];
const committeeKinds: readonly CommitteeKindName[] = [
  'GENERAL_ASSEMBLY',
  'STRATEGIC_COMMITTEE',
  'TECHNICAL_COMMITTEE',
  'WORKING_GROUP',
  'ADVISORY_BOARD',
];

const findStage = (workflow: Workflow, key: string): Stage | undefined => workflow.stages.find((s) => s.key === key);
const labelOf = (workflow: Workflow, key: string): string => findStage(workflow, key)?.labelEn ?? key;
/** A stage's own label in the reader's language (a partnership names its stages in both). */
const stageName = (workflow: Workflow, key: string): InBothLanguages => {
  const stage = findStage(workflow, key);
  return stage ? { de: stage.labelDe, en: stage.labelEn } : { de: key, en: key };
};
const stageList = (workflow: Workflow): ParamList =>
  list(
    workflow.stages.map((s) => msg('workflow.stageWithKey', { label: stageName(workflow, s.key), key: s.key })),
    'comma',
  );

function describeDecision(decision: RequestFacts['decision']): MessageRef {
  if (!decision) return msg('workflow.decision.none');
  if (decision.outcome === null) return msg('workflow.decision.open');
  const result = msg(`workflow.decision.${decision.outcome}`);
  return decision.decidedAt
    ? msg('workflow.decision.voteOn', { date: decision.decidedAt, result })
    : msg('workflow.decision.vote', { result });
}

const blank = (text: string | null): boolean => text === null || text.trim() === '';
const isAfter = (iso: string, now: string): boolean => Date.parse(iso) > Date.parse(now);

/** The sentence saying why `guard` fails for a move into a stage of `category`, or null when it holds. */
function guardFailure(guard: Guard, facts: RequestFacts, now: string, category: StageCategory): MessageRef | null {
  // The target by its category: a partnership's own stage labels do not read as the subject of a sentence.
  const subject = msg(`workflow.subject.${category}`);
  switch (guard) {
    case 'SURVEY_DEADLINE_SET':
      if (facts.surveyDeadline === null) return msg('workflow.guard.surveyDeadlineNone');
      return isAfter(facts.surveyDeadline, now)
        ? null
        : msg('workflow.guard.surveyDeadlinePassed', { date: facts.surveyDeadline });
    case 'SURVEY_CLOSED':
      // Closed by hand, or by its deadline even before the deadline job has recorded it.
      if (facts.surveyClosedAt !== null || (facts.surveyDeadline !== null && !isAfter(facts.surveyDeadline, now)))
        return null;
      return facts.surveyDeadline === null
        ? msg('workflow.guard.surveyOpenNoDeadline')
        : msg('workflow.guard.surveyOpenUntil', { date: facts.surveyDeadline });
    case 'INTEREST_DECLARED':
      return facts.interestedMembers > 0 ? null : msg('workflow.guard.interest', { subject });
    case 'ASSESSED':
      return facts.assessed ? null : msg('workflow.guard.assessed', { subject });
    case 'ESTIMATED':
      return facts.estimated ? null : msg('workflow.guard.estimated', { subject });
    case 'DECISION_ACCEPTED':
      return facts.decision?.outcome === 'ACCEPTED'
        ? null
        : msg('workflow.guard.decisionAccepted', { subject, decision: describeDecision(facts.decision) });
    case 'DECISION_NOT_ACCEPTED': {
      const outcome = facts.decision?.outcome;
      return outcome && outcome !== 'ACCEPTED'
        ? null
        : msg('workflow.guard.decisionNotAccepted', { subject, decision: describeDecision(facts.decision) });
    }
    case 'FINANCED':
      return facts.financed ? null : msg('workflow.guard.financed', { subject });
    case 'RELEASE_NOTED': {
      const noVersion = blank(facts.releaseVersion);
      const noChangelog = blank(facts.changelogEntry);
      if (noVersion && noChangelog) return msg('workflow.guard.releaseBothMissing');
      if (noVersion) return msg('workflow.guard.releaseVersionMissing');
      return noChangelog ? msg('workflow.guard.releaseChangelogMissing') : null;
    }
  }
}

function guardFailures(workflow: Workflow, transition: Transition, facts: RequestFacts, now: string): MessageRef[] {
  const category = findStage(workflow, transition.to)?.category ?? 'SUBMITTED';
  return transition.guards.map((g) => guardFailure(g, facts, now, category)).filter((r): r is MessageRef => r !== null);
}

/**
 * Allowed iff a transition from the request's stage to `attempt.to` exists, one of the attempt's actors may
 * make it, and every guard holds at `attempt.now`. Otherwise every failing point, as a sentence.
 */
export function checkTransition(
  workflow: Workflow,
  facts: RequestFacts,
  attempt: TransitionAttempt,
): TransitionVerdict {
  const unknown: MessageRef[] = [];
  if (!findStage(workflow, facts.stage))
    unknown.push(msg('workflow.unknownCurrentStage', { stage: facts.stage, stages: stageList(workflow) }));
  if (!findStage(workflow, attempt.to))
    unknown.push(msg('workflow.unknownTarget', { stage: attempt.to, stages: stageList(workflow) }));
  if (unknown.length > 0) return { allowed: false, reasons: unknown };

  const from = stageName(workflow, facts.stage);
  const to = stageName(workflow, attempt.to);
  const transition = workflow.transitions.find((t) => t.from === facts.stage && t.to === attempt.to);
  if (!transition) {
    const targets = workflow.transitions.filter((t) => t.from === facts.stage).map((t) => stageName(workflow, t.to));
    const allowed =
      targets.length === 0
        ? msg('workflow.finalStage', { stage: from })
        : msg('workflow.allowedFrom', { from, targets: list(targets, 'comma') });
    const what =
      facts.stage === attempt.to
        ? msg('workflow.alreadyIn', { stage: from })
        : msg('workflow.noTransition', { from, to });
    return { allowed: false, reasons: [msg('workflow.noMove', { what, allowed })] };
  }

  const reasons: MessageRef[] = [];
  if (!transition.actors.some((a) => attempt.actors.includes(a))) {
    const who = list(
      transition.actors.map((a) => msg(`workflow.actorWithArticle.${a}`)),
      'or',
    );
    const you =
      attempt.actors.length === 0
        ? msg('workflow.youHoldNoRole')
        : msg('workflow.youActAs', {
            actors: list(
              attempt.actors.map((a) => msg(`workflow.actor.${a}`)),
              'and',
            ),
          });
    reasons.push(msg('workflow.onlyActors', { who, from, to, you }));
  }
  reasons.push(...guardFailures(workflow, transition, facts, attempt.now));
  return reasons.length === 0 ? { allowed: true } : { allowed: false, reasons };
}

/**
 * Every transition out of the current stage that one of `actors` could make by role, with whether its guards
 * hold now: the portal's buttons and the reasons shown beside a disabled one. `label` is the target's English
 * label (the portal translates stages by key).
 */
export function availableTransitions(
  workflow: Workflow,
  facts: RequestFacts,
  actors: WorkflowActor[],
  now: string,
): Array<{
  to: string;
  label: string;
  allowed: boolean;
  reasons: MessageRef[];
  failures: { guard: Guard; reason: MessageRef }[];
}> {
  return workflow.transitions
    .filter((t) => t.from === facts.stage && t.actors.some((a) => actors.includes(a)))
    .map((t) => {
      const category = findStage(workflow, t.to)?.category ?? 'SUBMITTED';
      // Which guard fails, too: a form that supplies what a guard needs (e.g. the release note) can say so.
      const failures = t.guards.flatMap((guard) => {
        const reason = guardFailure(guard, facts, now, category);
        return reason === null ? [] : [{ guard, reason }];
      });
      return {
        to: t.to,
        label: labelOf(workflow, t.to),
        allowed: failures.length === 0,
        reasons: failures.map((f) => f.reason),
        failures,
      };
    });
}

export function decisionPathFor(workflow: Workflow, route: FundingRoute): DecisionPath | null {
  return workflow.decisions[route] ?? null;
}

function systemExit(workflow: Workflow, from: string, guard: Guard): string | null {
  return (
    workflow.transitions.find((t) => t.from === from && t.actors.includes('SYSTEM') && t.guards.includes(guard))?.to ??
    null
  );
}

/**
 * Where a closed vote sends a request in a DECISION stage: the SYSTEM transition guarded by DECISION_ACCEPTED
 * when the outcome is ACCEPTED, by DECISION_NOT_ACCEPTED otherwise; null when there is no outcome or no such
 * transition. The caller still moves through checkTransition as SYSTEM.
 */
export function stageAfterDecision(workflow: Workflow, facts: RequestFacts): string | null {
  const outcome = facts.decision?.outcome;
  if (findStage(workflow, facts.stage)?.category !== 'DECISION' || !outcome) return null;
  return systemExit(workflow, facts.stage, outcome === 'ACCEPTED' ? 'DECISION_ACCEPTED' : 'DECISION_NOT_ACCEPTED');
}

/** Where a closed survey sends a request in a SURVEY stage: the first SYSTEM transition guarded by SURVEY_CLOSED. */
export function stageAfterSurvey(workflow: Workflow, facts: RequestFacts): string | null {
  if (findStage(workflow, facts.stage)?.category !== 'SURVEY') return null;
  return systemExit(workflow, facts.stage, 'SURVEY_CLOSED');
}

/** The public roadmap's columns: accepted (waiting for or in financing) → in development → testing → released. */
export function roadmapColumn(category: StageCategory): 'ACCEPTED' | 'IN_DEVELOPMENT' | 'TESTING' | 'RELEASED' | null {
  switch (category) {
    case 'ACCEPTED':
    case 'FINANCING':
      return 'ACCEPTED';
    case 'DEVELOPMENT':
      return 'IN_DEVELOPMENT';
    case 'TESTING':
      return 'TESTING';
    case 'RELEASED':
      return 'RELEASED';
    default:
      return null;
  }
}

/** Every stage reachable from `starts` (the starts included). */
export function reachableStages(workflow: Pick<Workflow, 'transitions'>, starts: string[]): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const t of workflow.transitions) {
      if (t.from === key && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

const KEY = /^[A-Z][A-Z0-9_]{1,39}$/;

/**
 * The problems of a workflow, for a partnership's edited copy; empty when it is sound. Beyond the shape
 * (keys, labels, references) it enforces the guards the issue demands: a survey is only entered with a
 * deadline, development only when financed, financing or acceptance only after an accepted decision when
 * a decision stage comes before it. Development has no exception, not even coming back from work done
 * outside: DEVELOPED_OUTSIDE is its own category so that unfinanced outside work never sits in a
 * DEVELOPMENT stage, and taking it into the core later goes through the normal path again.
 */
export function validateWorkflow(workflow: Workflow): MessageRef[] {
  const errors: MessageRef[] = [];
  const stages = workflow.stages ?? [];
  const transitions = workflow.transitions ?? [];
  const byKey = new Map<string, Stage>();

  if (stages.length === 0) errors.push(msg('workflowCheck.noStages'));
  for (const s of stages) {
    if (typeof s.key !== 'string' || !KEY.test(s.key)) {
      errors.push(msg('workflowCheck.badKey', { key: String(s.key ?? '') }));
    } else if (byKey.has(s.key)) {
      errors.push(msg('workflowCheck.keyTwice', { key: s.key }));
    }
    if (!byKey.has(s.key)) byKey.set(s.key, s);
    if (!stageCategories.includes(s.category))
      errors.push(
        msg('workflowCheck.unknownCategory', {
          key: s.key,
          category: s.category,
          allowed: list([...stageCategories], 'comma'),
        }),
      );
    if (!s.labelDe?.trim()) errors.push(msg('workflowCheck.noGermanLabel', { key: s.key }));
    if (!s.labelEn?.trim()) errors.push(msg('workflowCheck.noEnglishLabel', { key: s.key }));
  }
  const keys = list([...byKey.keys()], 'comma');

  const initial = byKey.get(workflow.initialStage);
  if (!initial) {
    if (byKey.size > 0) errors.push(msg('workflowCheck.noInitial', { stage: String(workflow.initialStage), keys }));
  } else if (initial.category !== 'SUBMITTED')
    errors.push(msg('workflowCheck.initialNotSubmitted', { stage: initial.key, category: initial.category }));

  const afterDecision = reachableStages(
    { transitions },
    stages.filter((s) => s.category === 'DECISION').map((s) => s.key),
  );
  const pairs = new Set<string>();
  for (const t of transitions) {
    const name = msg('workflowCheck.transition', { from: String(t.from), to: String(t.to) });
    const actors = t.actors ?? [];
    const tGuards = t.guards ?? [];
    const from = byKey.get(t.from);
    const to = byKey.get(t.to);
    if (!from) errors.push(msg('workflowCheck.fromNoStage', { name, from: String(t.from), keys }));
    if (!to) errors.push(msg('workflowCheck.toNoStage', { name, to: String(t.to), keys }));
    if (t.from === t.to) errors.push(msg('workflowCheck.selfLoop', { name }));
    const pair = JSON.stringify([t.from, t.to]);
    if (pairs.has(pair)) errors.push(msg('workflowCheck.listedTwice', { name }));
    pairs.add(pair);
    if (actors.length === 0)
      errors.push(msg('workflowCheck.noActor', { name, allowed: list([...workflowActors], 'comma') }));
    for (const a of actors)
      if (!workflowActors.includes(a))
        errors.push(
          msg('workflowCheck.unknownActor', { name, actor: String(a), allowed: list([...workflowActors], 'comma') }),
        );
    for (const g of tGuards)
      if (!guards.includes(g))
        errors.push(msg('workflowCheck.unknownGuard', { name, guard: String(g), allowed: list([...guards], 'comma') }));
    if (tGuards.includes('DECISION_ACCEPTED') && tGuards.includes('DECISION_NOT_ACCEPTED')) {
      errors.push(msg('workflowCheck.bothDecisions', { name }));
    }
    if (!from || !to) continue;
    if (to.category === 'SURVEY' && !tGuards.includes('SURVEY_DEADLINE_SET')) {
      errors.push(msg('workflowCheck.surveyNoDeadline', { name }));
    }
    if (to.category === 'DEVELOPMENT' && !tGuards.includes('FINANCED')) {
      errors.push(msg('workflowCheck.developmentNotFinanced', { name }));
    }
    if (
      (to.category === 'FINANCING' || to.category === 'ACCEPTED') &&
      afterDecision.has(t.from) &&
      !tGuards.includes('DECISION_ACCEPTED')
    ) {
      errors.push(
        msg(to.category === 'FINANCING' ? 'workflowCheck.financingNoDecision' : 'workflowCheck.acceptedNoDecision', {
          name,
        }),
      );
    }
    if (from.category === 'RELEASED' || from.category === 'WITHDRAWN') {
      errors.push(msg('workflowCheck.leavesFinal', { name, stage: from.key, category: from.category }));
    }
    if (from.category === 'REJECTED' && to.category !== 'DEVELOPED_OUTSIDE') {
      errors.push(msg('workflowCheck.leavesRejected', { name, stage: from.key, category: to.category }));
    }
  }

  const hasSystemExit = (from: string, guard: Guard) =>
    transitions.some((t) => t.from === from && (t.actors ?? []).includes('SYSTEM') && (t.guards ?? []).includes(guard));
  for (const s of byKey.values()) {
    if (s.category === 'SURVEY' && !hasSystemExit(s.key, 'SURVEY_CLOSED')) {
      errors.push(msg('workflowCheck.surveyNoExit', { stage: s.key }));
    }
    if (s.category === 'DECISION') {
      if (!hasSystemExit(s.key, 'DECISION_ACCEPTED'))
        errors.push(msg('workflowCheck.decisionNoAcceptedExit', { stage: s.key }));
      if (!hasSystemExit(s.key, 'DECISION_NOT_ACCEPTED'))
        errors.push(msg('workflowCheck.decisionNoRejectedExit', { stage: s.key }));
    }
  }

  if (initial) {
    const reachable = reachableStages({ transitions }, [initial.key]);
    for (const s of byKey.values()) {
      // A malformed key is reported above already.
      if (KEY.test(s.key) && !reachable.has(s.key))
        errors.push(msg('workflowCheck.unreachable', { stage: s.key, initial: initial.key }));
    }
    if (![...byKey.values()].some((s) => s.category === 'RELEASED' && reachable.has(s.key))) {
      errors.push(msg('workflowCheck.noRelease', { initial: initial.key }));
    }
  }

  if (!Number.isInteger(workflow.surveyDays) || workflow.surveyDays < 1 || workflow.surveyDays > 90) {
    errors.push(msg('workflowCheck.surveyDays', { days: String(workflow.surveyDays) }));
  }

  const decisions = Object.entries(workflow.decisions ?? {}) as [string, DecisionPath | undefined][];
  for (const [route, path] of decisions) {
    if (!fundingRoutes.includes(route as FundingRoute))
      errors.push(msg('workflowCheck.unknownRoute', { route, allowed: list([...fundingRoutes], 'comma') }));
    if (!path) continue;
    if (!rulePresets.includes(path.preset))
      errors.push(
        msg('workflowCheck.unknownPreset', {
          route,
          preset: String(path.preset),
          allowed: list([...rulePresets], 'comma'),
        }),
      );
    const kinds = path.committeeKinds ?? [];
    if (kinds.length === 0)
      errors.push(msg('workflowCheck.noCommittee', { route, allowed: list([...committeeKinds], 'comma') }));
    for (const k of kinds)
      if (!committeeKinds.includes(k))
        errors.push(
          msg('workflowCheck.unknownCommitteeKind', {
            route,
            kind: String(k),
            allowed: list([...committeeKinds], 'comma'),
          }),
        );
    if (new Set(kinds).size !== kinds.length) errors.push(msg('workflowCheck.committeeKindTwice', { route }));
  }
  if (stages.some((s) => s.category === 'DECISION') && !decisions.some(([, path]) => path)) {
    errors.push(msg('workflowCheck.noDecisionPath', { routes: list([...fundingRoutes], 'comma') }));
  }
  return errors;
}
