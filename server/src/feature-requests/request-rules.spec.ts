import fc from 'fast-check';
import { actorsOf, coFundingTotalCents, factsOf, formatEuros, orQueryOf, rankSimilar, stageMapping } from './request-rules';
import { workflowTemplates } from './workflow-templates';

describe('co-funding sums', () => {
  it('adds integer cents exactly, beyond Number precision', () => {
    expect(coFundingTotalCents([{ coFundUpToCents: '300000' }, { coFundUpToCents: null }, { coFundUpToCents: '250050' }])).toBe('550050');
    expect(coFundingTotalCents([{ coFundUpToCents: '9007199254740993' }, { coFundUpToCents: '1' }])).toBe('9007199254740994');
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
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `r${i}`, textRank: 0, titleSimilarity: 0.5, wordSimilarity: 0 }));
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
    expect(factsOf(row, 2)).toMatchObject({ assessed: true, estimated: false, financed: false, interestedMembers: 2, decision: { outcome: 'ACCEPTED', decidedAt: '2027-03-12T10:00:00.000Z' } });
    expect(factsOf({ ...row, decisionOutcome: null, decidedAt: null }, 0).decision).toBeNull();
  });

  it('maps roles of this partnership only, and makes the submitting organisation’s representative the SUBMITTER', () => {
    const roles = [
      { partnershipId: 'p', role: 'REPRESENTATIVE', organisationId: 'o1' },
      { partnershipId: 'p', role: 'OBSERVER', organisationId: null },
      { partnershipId: 'q', role: 'COMMUNITY_MANAGER', organisationId: null },
    ];
    expect(actorsOf({ isPlatformAdmin: false, userId: 'u', roles }, 'p', { submittedByUserId: 'x', organisationId: 'o1' }).sort()).toEqual(['REPRESENTATIVE', 'SUBMITTER']);
    expect(actorsOf({ isPlatformAdmin: false, userId: 'u', roles }, 'p', { submittedByUserId: 'x', organisationId: 'o2' })).toEqual(['REPRESENTATIVE']);
    expect(actorsOf({ isPlatformAdmin: true, userId: 'u', roles: [] }, 'p', null)).toEqual(['ADMIN']);
  });
});

describe('stageMapping: switching the process', () => {
  const civitas = workflowTemplates.CIVITAS_CONNECT_V1;
  const biletado = workflowTemplates.BILETADO;
  const smartVillage = workflowTemplates.SMART_VILLAGE_APP;

  it('leaves requests whose stage the new process also has where they are', () => {
    expect(stageMapping(civitas, smartVillage, ['SUBMITTED', 'FINANCING', 'IN_DEVELOPMENT', 'RELEASED'])).toEqual({ moves: [], unmapped: [] });
  });

  it('moves a request to the first stage of the same meaning', () => {
    const { moves } = stageMapping(smartVillage, biletado, ['PILOT', 'GROUPING', 'REQUIREMENTS']);
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      const from = smartVillage.stages.find((s) => s.key === move.from);
      const to = biletado.stages.find((s) => s.key === move.to);
      expect(to?.category).toBe(from?.category);
      expect(biletado.stages.filter((s) => s.category === from?.category)[0].key).toBe(move.to);
    }
  });

  it('names the stages the new process has no place for', () => {
    // Biletado decides without votes: a request waiting for a vote has nowhere to go.
    expect(stageMapping(civitas, biletado, ['IN_DECISION', 'SUBMITTED'])).toEqual({ moves: [], unmapped: [{ stage: 'IN_DECISION', category: 'DECISION' }] });
    expect(stageMapping(civitas, biletado, ['NO_SUCH_STAGE'])).toEqual({ moves: [], unmapped: [{ stage: 'NO_SUCH_STAGE', category: null }] });
  });

  it('maps every stage of every template to another template exactly when that one has a stage of the same category', () => {
    for (const from of Object.values(workflowTemplates)) {
      for (const to of Object.values(workflowTemplates)) {
        const keys = from.stages.map((s) => s.key);
        const { moves, unmapped } = stageMapping(from, to, keys);
        for (const stage of from.stages) {
          const kept = to.stages.some((s) => s.key === stage.key);
          const hasCategory = to.stages.some((s) => s.category === stage.category);
          if (kept) continue;
          expect(moves.some((m) => m.from === stage.key)).toBe(hasCategory);
          expect(unmapped.some((u) => u.stage === stage.key)).toBe(!hasCategory);
        }
      }
    }
  });
});
