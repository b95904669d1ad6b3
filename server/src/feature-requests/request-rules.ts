import { germanCents } from '../common/money';

/**
 * Pure rules of feature requests (no Nest, no TypeORM): the facts the workflow guards read, who the
 * viewer is in the workflow, co-funding sums in integer cents, and the ranking of similar requests.
 */
import type { FundingRoute, RequestFacts, StageCategory, Workflow, WorkflowActor } from './workflow.types';

export interface RequestRow {
  stage: string;
  fundingRoute: FundingRoute;
  surveyDeadline: Date | null;
  surveyClosedAt: Date | null;
  assessedAt: Date | null;
  estimatedAt: Date | null;
  decisionOutcome: 'ACCEPTED' | 'REJECTED' | 'VETOED' | 'NO_QUORUM' | null;
  decidedAt: Date | null;
  financedAt: Date | null;
  releaseVersion: string | null;
  changelogEntry: string | null;
}

/** What the workflow's guards look at. `interestedMembers` counts members other than the submitting one. */
export function factsOf(request: RequestRow, interestedMembers: number): RequestFacts {
  return {
    stage: request.stage,
    fundingRoute: request.fundingRoute,
    surveyDeadline: request.surveyDeadline?.toISOString() ?? null,
    surveyClosedAt: request.surveyClosedAt?.toISOString() ?? null,
    interestedMembers,
    assessed: request.assessedAt !== null,
    estimated: request.estimatedAt !== null,
    decision:
      request.decidedAt || request.decisionOutcome
        ? { outcome: request.decisionOutcome, decidedAt: request.decidedAt?.toISOString() ?? null }
        : null,
    financed: request.financedAt !== null,
    releaseVersion: request.releaseVersion,
    changelogEntry: request.changelogEntry,
  };
}

const roleActors: Record<string, WorkflowActor> = {
  REPRESENTATIVE: 'REPRESENTATIVE',
  COMMUNITY_MANAGER: 'COMMUNITY_MANAGER',
  PRODUCT_OWNER: 'PRODUCT_OWNER',
  TREASURER: 'TREASURER',
  ADMIN: 'ADMIN',
};

/**
 * The workflow actors a person is in one partnership: each role it holds there (observers make no
 * transitions), ADMIN for platform admins, and SUBMITTER when it filed the request or represents the
 * organisation it was filed for.
 */
export function actorsOf(
  person: {
    isPlatformAdmin: boolean;
    userId: string;
    roles: readonly { partnershipId: string; role: string; organisationId: string | null }[];
  },
  partnershipId: string,
  request: { submittedByUserId: string | null; organisationId: string | null } | null,
): WorkflowActor[] {
  const here = person.roles.filter((r) => r.partnershipId === partnershipId);
  const actors = new Set<WorkflowActor>();
  for (const r of here) if (roleActors[r.role]) actors.add(roleActors[r.role]);
  if (person.isPlatformAdmin) actors.add('ADMIN');
  if (request) {
    const submitted = request.submittedByUserId === person.userId;
    const represents =
      request.organisationId !== null &&
      here.some((r) => r.role === 'REPRESENTATIVE' && r.organisationId === request.organisationId);
    if (submitted || represents) actors.add('SUBMITTER');
  }
  return [...actors];
}

/** The sum of co-funding intents, exact in integer cents (decimal strings, as bigint columns arrive). */
export function coFundingTotalCents(declarations: readonly { coFundUpToCents: string | null }[]): string {
  return declarations.reduce((sum, d) => sum + (d.coFundUpToCents ? BigInt(d.coFundUpToCents) : 0n), 0n).toString();
}

/** Euros and cents as a decimal string ("1250000" -> "12.500,00 €") for mails. */
export function formatEuros(cents: string): string {
  return `${germanCents(cents)} €`;
}

export interface SimilarityCandidate {
  id: string;
  /** ts_rank of the German full-text match over title and description (0 when the words do not match). */
  textRank: number;
  /** pg_trgm similarity of the unaccented, lower-cased title with the text. */
  titleSimilarity: number;
  /** pg_trgm word_similarity: the text's best match with a stretch of the title (typos in one word). */
  wordSimilarity: number;
}

/**
 * One score in [0, 1] per candidate: a full-text match counts most (same words after German stemming,
 * in any order), trigram similarity catches typos and compound words ("Kalendarexport"). Highest first,
 * ties by id so the order is stable; candidates below `minimum` are dropped.
 */
export function rankSimilar(
  candidates: readonly SimilarityCandidate[],
  limit = 5,
  minimum = 0.2,
): { id: string; score: number }[] {
  return candidates
    .map((c) => {
      const text = c.textRank > 0 ? 0.5 + Math.min(0.5, c.textRank * 5) : 0;
      const trigram = Math.max(c.titleSimilarity, c.wordSimilarity * 0.9);
      return {
        id: c.id,
        score: Math.round(Math.min(1, Math.max(text, trigram) + (text > 0 ? trigram * 0.2 : 0)) * 1000) / 1000,
      };
    })
    .filter((c) => c.score >= minimum)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

/** The words of a search text as an OR query for to_tsquery('german', …): letters and digits only, at most 12 words. */
export function orQueryOf(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .slice(0, 12);
  return [...new Set(words)].join(' | ');
}

/** The way of a request, in order; a step the new process lacks falls back to the nearest earlier one it has. */
const lifecycle: readonly StageCategory[] = [
  'SUBMITTED',
  'SURVEY',
  'ASSESSMENT',
  'DECISION',
  'ACCEPTED',
  'FINANCING',
  'DEVELOPMENT',
  'TESTING',
  'RELEASED',
];
/** Ends that are not releases fall back along these. */
const endFallbacks: Partial<Record<StageCategory, readonly StageCategory[]>> = {
  DEVELOPED_OUTSIDE: ['DEVELOPED_OUTSIDE', 'REJECTED', 'WITHDRAWN'],
  REJECTED: ['REJECTED', 'WITHDRAWN'],
  WITHDRAWN: ['WITHDRAWN', 'REJECTED'],
};

/**
 * Where requests go when a partnership switches to another process: each stage in use maps to the first
 * stage of the new workflow with the same meaning (category). Where the new process lacks that meaning, the
 * request goes back to the nearest earlier step it has (a pilot becomes development, a pending decision an
 * assessment), never forward past a guard; a rejection without a rejected stage counts as withdrawn.
 */
export function stageMapping(
  from: Pick<Workflow, 'stages'>,
  to: Pick<Workflow, 'stages'>,
  stagesInUse: readonly string[],
): {
  moves: { from: string; to: string; fallback: boolean }[];
  unmapped: { stage: string; category: string | null }[];
} {
  const moves: { from: string; to: string; fallback: boolean }[] = [];
  const unmapped: { stage: string; category: string | null }[] = [];
  const firstOf = (category: StageCategory) => to.stages.find((s) => s.category === category);
  for (const stage of stagesInUse) {
    if (to.stages.some((s) => s.key === stage)) continue;
    const category = from.stages.find((s) => s.key === stage)?.category ?? null;
    const position = category ? lifecycle.indexOf(category) : -1;
    const candidates =
      category === null
        ? []
        : position >= 0
          ? lifecycle.slice(0, position + 1).reverse()
          : (endFallbacks[category] ?? [category]);
    const target = candidates.map(firstOf).find((s) => s !== undefined);
    if (target) moves.push({ from: stage, to: target.key, fallback: target.category !== category });
    else unmapped.push({ stage, category });
  }
  return { moves, unmapped };
}
