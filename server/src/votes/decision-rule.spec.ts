import { render } from '../common/i18n/messages';
import { DecisionRule, presets, RuleContext, validateRule } from './decision-rule';

const session: RuleContext = { procedure: 'SESSION', vetoHolders: 1, hasChair: true, entitledCount: 10 };
const written: RuleContext = { ...session, procedure: 'WRITTEN' };
const simple = presets.SIMPLE_MAJORITY;

describe('validateRule', () => {
  it.each(Object.entries(presets))('accepts the preset %s', (_name, rule) => {
    expect(validateRule(rule, session)).toEqual([]);
    expect(validateRule(rule, written)).toEqual([]);
  });

  it.each<[string, Partial<DecisionRule>, RuleContext, string]>([
    ['p > q', { fraction: { p: 5, q: 4 } }, session, 'fraction must be between 0 and 1, got 5/4'],
    ['q = 0', { fraction: { p: 1, q: 0 } }, session, 'fraction needs a denominator above 0, got 1/0'],
    ['a negative p', { fraction: { p: -1, q: 2 } }, session, 'fraction must be between 0 and 1, got -1/2'],
    ['a fractional p', { fraction: { p: 0.5, q: 2 } }, session, 'fraction must be whole numbers p/q, got 0.5/2'],
    [
      'more than 100 %',
      { fraction: { p: 1, q: 1 }, comparator: 'GREATER' },
      session,
      'more than 100 % can never be reached',
    ],
    ['0 % at least', { fraction: { p: 0, q: 1 }, comparator: 'AT_LEAST' }, session, 'accepts every motion'],
    ['PRESENT on a written procedure', { base: 'PRESENT' }, written, 'base PRESENT is only for sessions'],
    [
      'a presence quorum on a written procedure',
      { quorum: { kind: 'COUNT', count: 3, of: 'PRESENCE' } },
      written,
      'a quorum by PRESENCE is only for sessions',
    ],
    [
      'a quorum fraction above 1',
      { quorum: { kind: 'FRACTION', fraction: { p: 3, q: 2 }, of: 'PARTICIPATION' } },
      session,
      'quorum fraction must be between 0 and 1, got 3/2',
    ],
    [
      'a quorum count of 0',
      { quorum: { kind: 'COUNT', count: 0, of: 'PARTICIPATION' } },
      session,
      'quorum count must be a whole number of at least 1, got 0',
    ],
    [
      'an unreachable quorum count',
      { quorum: { kind: 'COUNT', count: 11, of: 'PARTICIPATION' } },
      session,
      'quorum count 11 can never be met: only 10 voters are entitled',
    ],
    [
      'a veto with no veto holder',
      { veto: true },
      { ...session, vetoHolders: 0 },
      'a veto needs at least one entitled voter with a veto right',
    ],
    [
      'a chair tie-break without a chair',
      { tieBreak: 'CHAIR_DECIDES' },
      { ...session, hasChair: false },
      'CHAIR_DECIDES needs a chair',
    ],
    [
      'a chair tie-break under AT_LEAST',
      { tieBreak: 'CHAIR_DECIDES', comparator: 'AT_LEAST' },
      session,
      'a tie can only occur under GREATER',
    ],
    [
      'early close with changeable ballots',
      { earlyClose: true, allowChange: true },
      session,
      'earlyClose needs allowChange off',
    ],
    [
      'a chair tie-break in a secret vote',
      { tieBreak: 'CHAIR_DECIDES', secret: true },
      session,
      'in a secret vote the chair’s ballot cannot be known',
    ],
  ])('refuses %s, saying what is allowed', (_label, overrides, context, message) => {
    const errors = validateRule({ ...simple, ...overrides }, context);
    expect(errors.map((m) => render(m, 'en')).join(' | ')).toContain(message);
  });
});
