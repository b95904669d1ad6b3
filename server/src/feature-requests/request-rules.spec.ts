import fc from 'fast-check';
import {
  actorsOf,
  coFundingTotalCents,
  factsOf,
  formatEuros,
  orQueryOf,
  rankSimilar,
  stageMapping,
} from './request-rules';
import { workflowTemplates } from './workflow-templates';

describe('co-funding sums', () => {
  it('adds integer cents exactly, beyond Number precision', () => {
    expect(
      coFundingTotalCents([{ coFundUpToCents: '300000' }, { coFundUpToCents: null }, { coFundUpToCents: '250050' }]),
    ).toBe('550050');
    expect(coFundingTotalCents([{ coFundUpToCents: '9007199254740993' }, { coFundUpToCents: '1' }])).toBe(
      '9007199254740994',
    );
    expect(coFundingTotalCents([])).toBe('0');
  });

  it('is the sum of its parts in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 10n ** 14n })), (values) => {
        const rows = values.map((v) => ({ coFundUpToCents: v.toString() }));
        const reversed = [...rows].reverse();
        expect(coFundingTotalCents(rows)).toBe(values.reduce((a, b) => a + b, 0n).toString());
        expect(coFundingTotalCents(reversed)).toBe(coFundingTotalCents(rows));
      }),
    );
  });

  it('formats euros the German way', () => {
    expect(formatEuros('1250000')).toBe('12.500,00 €');
    expect(formatEuros('5')).toBe('0,05 €');
  });
});

describe('similar-request ranking', () => {
  it('puts a full-text match above a mere trigram resemblance, and drops weak ones', () => {
    const ranked = rankSimilar([
      { id: 'a', textRank: 0, titleSimilarity: 0.35, wordSimilarity: 0.4 },
      { id: 'b', textRank: 0.09, titleSimilarity: 0.2, wordSimilarity: 0.3 },
      { id: 'c', textRank: 0, titleSimilarity: 0.05, wordSimilarity: 0.1 },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
    expect(ranked.every((r) => r.score > 0 && r.score <= 1)).toBe(true);
  });

  it('keeps at most the limit, best first, stable on ties', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      id: `r${i}`,
      textRank: 0,
      titleSimilarity: 0.5,
      wordSimilarity: 0,
    }));
    expect(rankSimilar(many, 5).map((r) => r.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('builds an OR query of the words, without punctuation', () => {
    expect(orQueryOf('Barrierefreiheit der Kartenansicht!')).toBe('barrierefreiheit | der | kartenansicht');
    expect(orQueryOf("Kalender-Export ' & | !")).toBe('kalender | export');
    expect(orQueryOf('a')).toBe('');
  });
});

describe('workflow facts and actors', () => {
  const row = {
    stage: 'FINANCING',
    fundingRoute: 'ALL_MEMBERS' as const,
    surveyDeadline: null,
    surveyClosedAt: null,
    assessedAt: new Date('2027-03-01T00:00:00Z'),
    estimatedAt: null,
    decisionOutcome: 'ACCEPTED' as const,
    decidedAt: new Date('2027-03-12T10:00:00Z'),
    financedAt: null,
    releaseVersion: null,
    changelogEntry: null,
  };

  it('turns a request into the facts the guards read', () => {
    expect(factsOf(row, 2)).toMatchObject({
      assessed: true,
      estimated: false,
      financed: false,
      interestedMembers: 2,
      decision: { outcome: 'ACCEPTED', decidedAt: '2027-03-12T10:00:00.000Z' },
    });
    expect(factsOf({ ...row, decisionOutcome: null, decidedAt: null }, 0).decision).toBeNull();
  });

  it('maps roles of this partnership only, and makes the submitting organisation’s representative the SUBMITTER', () => {
    const roles = [
      { partnershipId: 'p', role: 'REPRESENTATIVE', organisationId: 'o1' },
      { partnershipId: 'p', role: 'OBSERVER', organisationId: null },
      { partnershipId: 'q', role: 'COMMUNITY_MANAGER', organisationId: null },
    ];
    expect(
      actorsOf({ isPlatformAdmin: false, userId: 'u', roles }, 'p', {
        submittedByUserId: 'x',
        organisationId: 'o1',
      }).sort(),
    ).toEqual(['REPRESENTATIVE', 'SUBMITTER']);
    expect(
      actorsOf({ isPlatformAdmin: false, userId: 'u', roles }, 'p', { submittedByUserId: 'x', organisationId: 'o2' }),
    ).toEqual(['REPRESENTATIVE']);
    expect(actorsOf({ isPlatformAdmin: true, userId: 'u', roles: [] }, 'p', null)).toEqual(['ADMIN']);
  });
});

describe('stageMapping: switching the process', () => {
  const civitas = workflowTemplates.CIVITAS_CONNECT_V1;
  const biletado = workflowTemplates.BILETADO;
  const smartVillage = workflowTemplates.SMART_VILLAGE_APP;
  const kodi = workflowTemplates.KODI;
  const categoryIn = (workflow: typeof civitas, key: string) => workflow.stages.find((s) => s.key === key)?.category;

  it('leaves requests whose stage the new process also has where they are', () => {
    expect(stageMapping(civitas, smartVillage, ['SUBMITTED', 'FINANCING', 'IN_DEVELOPMENT', 'RELEASED'])).toEqual({
      moves: [],
      unmapped: [],
    });
  });

  it('moves a request to the first stage of the same meaning', () => {
    expect(stageMapping(smartVillage, biletado, ['GROUPING', 'REQUIREMENTS']).moves).toEqual([
      { from: 'GROUPING', to: 'BACKLOG', fallback: false },
      { from: 'REQUIREMENTS', to: 'BACKLOG', fallback: false },
    ]);
  });

  it('sends a request back to the nearest earlier step where the new process lacks its own', () => {
    // KODI has no pilot: the request is in development again. Biletado decides without votes: a pending
    // decision goes back to the stage of the same step before it; a rejection without a rejected stage is withdrawn.
    expect(stageMapping(smartVillage, kodi, ['PILOT']).moves).toEqual([
      { from: 'PILOT', to: 'IN_DEVELOPMENT', fallback: true },
    ]);
    expect(stageMapping(civitas, biletado, ['IN_DECISION']).moves).toEqual([
      { from: 'IN_DECISION', to: 'BACKLOG', fallback: true },
    ]);
    expect(stageMapping(civitas, biletado, ['REJECTED']).moves).toEqual([
      { from: 'REJECTED', to: 'WITHDRAWN', fallback: true },
    ]);
  });

  it('names a stage it cannot place: one the old workflow does not know', () => {
    expect(stageMapping(civitas, biletado, ['NO_SUCH_STAGE'])).toEqual({
      moves: [],
      unmapped: [{ stage: 'NO_SUCH_STAGE', category: null }],
    });
  });

  it('places every stage of every template in every other template, never further along the way', () => {
    const order = [
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
    for (const from of Object.values(workflowTemplates)) {
      for (const to of Object.values(workflowTemplates)) {
        const { moves, unmapped } = stageMapping(
          from,
          to,
          from.stages.map((s) => s.key),
        );
        expect(unmapped).toEqual([]);
        for (const move of moves) {
          const before = categoryIn(from, move.from) as string;
          const after = categoryIn(to, move.to) as string;
          expect(move.fallback).toBe(before !== after);
          if (order.includes(before)) expect(order.indexOf(after)).toBeLessThanOrEqual(order.indexOf(before));
          else expect(['DEVELOPED_OUTSIDE', 'REJECTED', 'WITHDRAWN']).toContain(after);
          // A stage the new process has with the same meaning is always taken when there is one.
          if (to.stages.some((s) => s.category === before)) expect(after).toBe(before);
        }
      }
    }
  });
});
