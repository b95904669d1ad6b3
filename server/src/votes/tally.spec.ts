import fc from 'fast-check';
import { DecisionRule, presets } from './decision-rule';
import { Ballot, Choice, formatWeight, parseWeight, tally, tallySecret, Voter } from './tally';

const voters = (n: number, extra: (i: number) => Partial<Voter> = () => ({})): Voter[] =>
  Array.from({ length: n }, (_, i) => ({ id: `v${i}`, weight: '1', ...extra(i) }));
const ballots = (...choices: Choice[]): Ballot[] => choices.map((choice, i) => ({ voterId: `v${i}`, choice }));
const rule = (name: keyof typeof presets, overrides: Partial<DecisionRule> = {}): DecisionRule => ({
  ...presets[name],
  ...overrides,
});
const repeat = (choice: Choice, n: number): Choice[] => Array.from({ length: n }, () => choice);

describe('tally: worked cases at the boundaries', () => {
  it('explains the Civitas Connect example in German and English', () => {
    const result = tally(
      rule('THREE_QUARTERS', { quorum: { kind: 'COUNT', count: 10, of: 'PARTICIPATION' } }),
      voters(18),
      ballots(...repeat('YES', 12), ...repeat('NO', 2), 'ABSTAIN'),
    );
    expect(result.outcome).toBe('ACCEPTED');
    expect(result.sentence.de).toBe(
      'Angenommen: 12 Ja von 15 abgegebenen Stimmen (80 %), mindestens 75 % erforderlich; Quorum 15 von 18 erreicht.',
    );
    expect(result.sentence.en).toBe(
      'Accepted: 12 yes of 15 votes cast (80 %), at least 75 % required; quorum 15 of 18 met.',
    );
  });

  it.each([
    ['exactly 75 % under AT_LEAST passes', 'AT_LEAST', [3, 1], 'ACCEPTED'],
    ['exactly 75 % under GREATER fails', 'GREATER', [3, 1], 'REJECTED'],
    ['just above 75 % under GREATER passes', 'GREATER', [4, 1], 'ACCEPTED'],
    ['just below 75 % under AT_LEAST fails', 'AT_LEAST', [5, 2], 'REJECTED'],
  ] as const)('%s', (_label, comparator, [yes, no], outcome) => {
    const r = rule('THREE_QUARTERS', { comparator });
    expect(tally(r, voters(yes + no), ballots(...repeat('YES', yes), ...repeat('NO', no))).outcome).toBe(outcome);
  });

  it('treats Y = N under a simple majority as a tie that fails, or that the chair decides', () => {
    const even = ballots('YES', 'YES', 'NO', 'NO');
    expect(tally(rule('SIMPLE_MAJORITY'), voters(4), even)).toMatchObject({
      outcome: 'REJECTED',
      tieBrokenByChair: false,
    });
    const chairFirst = voters(4, (i) => ({ chair: i === 0 }));
    const chairLast = voters(4, (i) => ({ chair: i === 3 }));
    const dipas = rule('SIMPLE_MAJORITY', { tieBreak: 'CHAIR_DECIDES' });
    expect(tally(dipas, chairFirst, even)).toMatchObject({ outcome: 'ACCEPTED', tieBrokenByChair: true });
    expect(tally(dipas, chairLast, even)).toMatchObject({ outcome: 'REJECTED', tieBrokenByChair: true });
    expect(tally(dipas, chairFirst, even).sentence.de).toContain(
      'Stimmengleichheit, die Stimme des Vorsitzes entscheidet',
    );
  });

  it('ignores abstentions under YES_NO and counts them against under CAST', () => {
    const cast = ballots('YES', 'YES', 'NO', 'ABSTAIN', 'ABSTAIN');
    expect(tally(rule('SIMPLE_MAJORITY'), voters(5), cast).outcome).toBe('ACCEPTED');
    expect(tally(rule('SIMPLE_MAJORITY', { base: 'CAST' }), voters(5), cast).outcome).toBe('REJECTED');
  });

  it('needs more than half of all entitled for an absolute majority, whoever stays away', () => {
    expect(tally(rule('ABSOLUTE_MAJORITY'), voters(10), ballots(...repeat('YES', 5))).outcome).toBe('REJECTED');
    expect(tally(rule('ABSOLUTE_MAJORITY'), voters(10), ballots(...repeat('YES', 6))).outcome).toBe('ACCEPTED');
  });

  it('meets a quorum of exactly the fraction, and misses it one voter short', () => {
    const half = rule('SIMPLE_MAJORITY', {
      quorum: { kind: 'FRACTION', fraction: { p: 1, q: 2 }, of: 'PARTICIPATION' },
    });
    expect(tally(half, voters(10), ballots(...repeat('YES', 5))).outcome).toBe('ACCEPTED');
    const short = tally(half, voters(10), ballots(...repeat('YES', 4)));
    expect(short.outcome).toBe('NO_QUORUM');
    expect(short.sentence.de).toContain('Quorum 4 von 10 nicht erreicht (mindestens 5 nötig)');
  });

  it('meets a quorum by count exactly, and misses it by one', () => {
    const three = rule('SIMPLE_MAJORITY', { quorum: { kind: 'COUNT', count: 3, of: 'PARTICIPATION' } });
    expect(tally(three, voters(5), ballots('YES', 'NO', 'YES')).outcome).toBe('ACCEPTED');
    expect(tally(three, voters(5), ballots('YES', 'YES')).outcome).toBe('NO_QUORUM');
  });

  it('counts weights 2.5 and 1 exactly', () => {
    const weighted = voters(3, (i) => ({ weight: i === 0 ? '2.5' : '1' }));
    const result = tally(rule('SIMPLE_MAJORITY'), weighted, ballots('YES', 'NO', 'NO'));
    expect(result.outcome).toBe('ACCEPTED'); // 2.5 > 2
    expect(result.figures).toMatchObject({ yes: '2.5', no: '2', base: '4.5' });
    expect(result.sentence.de).toContain('2,5 Ja von 4,5 Ja- und Nein-Stimmen (55,6 %)');
    expect(tally(rule('SIMPLE_MAJORITY', { weighted: false }), weighted, ballots('YES', 'NO', 'NO')).outcome).toBe(
      'REJECTED',
    );
  });

  it('counts a proxied ballot while its holder is present, and not when the holder is absent too', () => {
    const session = rule('SIMPLE_MAJORITY', { base: 'PRESENT' });
    const all = voters(4);
    const cast = ballots('YES', 'YES', 'NO'); // v1 votes through v0's proxy
    const withHolder = tally(session, all, cast, { present: ['v0', 'v2'], proxies: { v1: 'v0' } });
    expect(withHolder.figures).toMatchObject({ yes: '2', present: '3' });
    expect(withHolder.outcome).toBe('ACCEPTED');
    const holderAway = tally(session, all, cast, { present: ['v2'], proxies: { v1: 'v0' } });
    expect(holderAway.figures).toMatchObject({ yes: '0', no: '1', present: '1' });
    expect(holderAway.outcome).toBe('REJECTED');
  });

  it('lets a veto holder’s NO veto a fundamental question, and only then', () => {
    const entitled = voters(5, (i) => ({ vetoHolder: i === 4 }));
    const vetoNo = ballots('YES', 'YES', 'YES', 'YES', 'NO');
    expect(tally(rule('SIMPLE_MAJORITY', { veto: true }), entitled, vetoNo).outcome).toBe('VETOED');
    expect(tally(rule('SIMPLE_MAJORITY', { veto: false }), entitled, vetoNo).outcome).toBe('ACCEPTED');
    expect(
      tally(rule('SIMPLE_MAJORITY', { veto: true }), entitled, ballots('YES', 'NO', 'NO', 'NO', 'YES')).outcome,
    ).toBe('REJECTED');
  });

  it('counts each entitled voter once and ignores ballots of others', () => {
    const result = tally(rule('SIMPLE_MAJORITY'), voters(2), [
      { voterId: 'v0', choice: 'YES' },
      { voterId: 'v0', choice: 'NO' },
      { voterId: 'stranger', choice: 'NO' },
    ]);
    expect(result.figures).toMatchObject({ yes: '1', no: '0', cast: '1' });
  });
});

describe('tally: early close', () => {
  const fixed = (name: keyof typeof presets, overrides: Partial<DecisionRule> = {}) =>
    rule(name, { allowChange: false, earlyClose: true, ...overrides });

  it('is just possible once the missing ballots cannot reach the threshold any more', () => {
    // 10 entitled, absolute majority needs 6 yes: 6 yes decide it.
    expect(tally(fixed('ABSOLUTE_MAJORITY'), voters(10), ballots(...repeat('YES', 6))).decided).toBe(true);
    expect(tally(fixed('ABSOLUTE_MAJORITY'), voters(10), ballots(...repeat('YES', 5))).decided).toBe(false);
    // 5 no of 10: at most 5 yes remain, which is not more than half.
    expect(tally(fixed('ABSOLUTE_MAJORITY'), voters(10), ballots(...repeat('NO', 5)))).toMatchObject({
      decided: true,
      outcome: 'REJECTED',
    });
    expect(tally(fixed('ABSOLUTE_MAJORITY'), voters(10), ballots(...repeat('NO', 4))).decided).toBe(false);
  });

  it('waits while a missing veto holder could still veto, and while a quorum could still be reached or missed', () => {
    const entitled = voters(5, (i) => ({ vetoHolder: i === 4 }));
    expect(tally(fixed('ABSOLUTE_MAJORITY', { veto: true }), entitled, ballots('YES', 'YES', 'YES')).decided).toBe(
      false,
    );
    const q = fixed('SIMPLE_MAJORITY', { quorum: { kind: 'COUNT', count: 4, of: 'PARTICIPATION' } });
    expect(tally(q, voters(5), ballots('YES', 'YES', 'YES')).decided).toBe(false);
  });

  it('never closes early when ballots may still change', () => {
    expect(
      tally(rule('ABSOLUTE_MAJORITY', { allowChange: true }), voters(10), ballots(...repeat('YES', 9))).decided,
    ).toBe(false);
  });

  it('is decided when everyone has voted', () => {
    expect(tally(fixed('SIMPLE_MAJORITY'), voters(3), ballots('YES', 'NO', 'ABSTAIN')).decided).toBe(true);
  });
});

// Properties -----------------------------------------------------------------------------------

const choiceArb = fc.constantFrom<Choice>('YES', 'NO', 'ABSTAIN');
const weightArb = fc.integer({ min: 1, max: 5000 }).map((t) => formatWeight(BigInt(t)));
const baseArb = fc.constantFrom<DecisionRule['base']>('YES_NO', 'CAST', 'ENTITLED');
const electorate = fc
  .array(fc.record({ weight: weightArb, choice: fc.option(choiceArb, { nil: undefined }) }), {
    minLength: 1,
    maxLength: 25,
  })
  .map((list) => ({
    entitled: list.map((v, i) => ({ id: `v${i}`, weight: v.weight })),
    ballots: list.flatMap((v, i) => (v.choice ? [{ voterId: `v${i}`, choice: v.choice }] : [])),
  }));
const ruleArb = fc
  .record({
    p: fc.integer({ min: 1, max: 12 }),
    extra: fc.integer({ min: 0, max: 12 }),
    comparator: fc.constantFrom<DecisionRule['comparator']>('GREATER', 'AT_LEAST'),
    base: baseArb,
  })
  .filter((r) => !(r.comparator === 'GREATER' && r.extra === 0))
  .map((r): DecisionRule => ({
    ...presets.SIMPLE_MAJORITY,
    fraction: { p: r.p, q: r.p + r.extra },
    comparator: r.comparator,
    base: r.base,
  }));

describe('tally: properties', () => {
  it('never turns ACCEPTED into REJECTED when a missing voter adds a YES (no veto)', () => {
    fc.assert(
      fc.property(ruleArb, electorate, weightArb, ({ ...r }, { entitled, ballots: cast }, weight) => {
        const extra = { id: 'new', weight };
        const before = tally(r, [...entitled, extra], cast);
        const after = tally(r, [...entitled, extra], [...cast, { voterId: 'new', choice: 'YES' }]);
        if (before.outcome === 'ACCEPTED') expect(after.outcome).toBe('ACCEPTED');
      }),
    );
  });

  it('changes nothing when every weight is scaled by the same factor', () => {
    fc.assert(
      fc.property(ruleArb, electorate, fc.integer({ min: 2, max: 50 }), (r, { entitled, ballots: cast }, k) => {
        const scaled = entitled.map((v) => ({ ...v, weight: formatWeight(parseWeight(v.weight) * BigInt(k)) }));
        expect(tally(r, scaled, cast).outcome).toBe(tally(r, entitled, cast).outcome);
      }),
    );
  });

  it('reports figures as exact decimals that add up (yes + no + abstain = cast), never floating point', () => {
    fc.assert(
      fc.property(ruleArb, electorate, (r, { entitled, ballots: cast }) => {
        const { figures } = tally(r, entitled, cast);
        for (const value of [figures.yes, figures.no, figures.abstain, figures.cast, figures.base, figures.entitled])
          expect(value).toMatch(/^\d+(\.\d{1,3})?$/);
        expect(parseOr0(figures.yes) + parseOr0(figures.no) + parseOr0(figures.abstain)).toBe(parseOr0(figures.cast));
      }),
    );
  });

  it('ACCEPTED under 3/4 implies ACCEPTED under 2/3 on the same base', () => {
    fc.assert(
      fc.property(baseArb, electorate, (b, { entitled, ballots: cast }) => {
        if (tally(rule('THREE_QUARTERS', { base: b }), entitled, cast).outcome === 'ACCEPTED') {
          expect(tally(rule('TWO_THIRDS', { base: b }), entitled, cast).outcome).toBe('ACCEPTED');
        }
      }),
    );
  });

  it('only reports an early decision that no way of casting the missing ballots can change', () => {
    fc.assert(
      fc.property(
        ruleArb,
        electorate,
        fc.array(fc.option(choiceArb, { nil: undefined }), { minLength: 25, maxLength: 25 }),
        (r, { entitled, ballots: cast }, rest) => {
          const fixedRule = { ...r, allowChange: false, earlyClose: true };
          const now = tally(fixedRule, entitled, cast);
          if (!now.decided) return;
          const voted = new Set(cast.map((b) => b.voterId));
          const completed = [
            ...cast,
            ...entitled
              .filter((v) => !voted.has(v.id))
              .flatMap((v, i) => (rest[i] ? [{ voterId: v.id, choice: rest[i]! }] : [])),
          ];
          expect(tally(fixedRule, entitled, completed).outcome).toBe(now.outcome);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('tallySecret', () => {
  const sumsOf = (entitled: Voter[], ballots: Ballot[]) => {
    const byId = new Map(entitled.map((v) => [v.id, v]));
    const sums = { yesWeight: 0n, noWeight: 0n, abstainWeight: 0n, yesCount: 0, noCount: 0, abstainCount: 0 };
    for (const b of ballots) {
      const w = parseWeight(byId.get(b.voterId)!.weight);
      if (b.choice === 'YES') {
        sums.yesWeight += w;
        sums.yesCount += 1;
      } else if (b.choice === 'NO') {
        sums.noWeight += w;
        sums.noCount += 1;
      } else {
        sums.abstainWeight += w;
        sums.abstainCount += 1;
      }
    }
    return sums;
  };

  it('counts from the sums exactly what the open tally counts from the ballots (no veto, no chair)', () => {
    fc.assert(
      fc.property(ruleArb, fc.boolean(), electorate, (r, weighted, { entitled, ballots: cast }) => {
        const rule = { ...r, weighted, secret: true, allowChange: false };
        const open = tally(rule, entitled, cast);
        const secret = tallySecret(
          rule,
          entitled,
          cast.map((b) => b.voterId),
          sumsOf(entitled, cast),
        );
        expect(secret).toEqual(open);
      }),
      { numRuns: 500 },
    );
  });

  it('in a session, counts only who was present or represented, as the open tally does', () => {
    const entitled = [
      { id: 'a', weight: '1' },
      { id: 'b', weight: '2' },
      { id: 'c', weight: '1' },
    ];
    const cast: Ballot[] = [
      { voterId: 'a', choice: 'YES' },
      { voterId: 'b', choice: 'NO' },
    ];
    const attendance = { present: ['a', 'b'], proxies: {} };
    const rule = { ...presets.SIMPLE_MAJORITY, base: 'PRESENT' as const, secret: true, allowChange: false };
    expect(tallySecret(rule, entitled, ['a', 'b'], sumsOf(entitled, cast), attendance)).toEqual(
      tally(rule, entitled, cast, attendance),
    );
  });
});

function parseOr0(value: string): bigint {
  return value === '0' ? 0n : parseWeight(value);
}
