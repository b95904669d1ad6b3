/**
 * A decision rule is data, copied onto a vote when it opens (DESIGN.md, "Decision rules").
 * Pure: no framework imports.
 */

import { type MessageRef, msg } from '../common/i18n/messages';

export type Comparator = 'GREATER' | 'AT_LEAST';
/** What 100 % is: yes + no, all cast, the weight present, or the weight of everyone entitled. */
export type Base = 'YES_NO' | 'CAST' | 'PRESENT' | 'ENTITLED';
export type TieBreak = 'FAILS' | 'CHAIR_DECIDES';
export type Procedure = 'SESSION' | 'WRITTEN';

export interface Fraction {
  p: number;
  q: number;
}

export type Quorum =
  | { kind: 'NONE' }
  /** At least p/q of the entitled weight takes part (cast a ballot) or is present. */
  | { kind: 'FRACTION'; fraction: Fraction; of: 'PARTICIPATION' | 'PRESENCE' }
  /** At least this many entitled voters take part or are present. */
  | { kind: 'COUNT'; count: number; of: 'PARTICIPATION' | 'PRESENCE' };

export interface DecisionRule {
  fraction: Fraction;
  comparator: Comparator;
  base: Base;
  quorum: Quorum;
  tieBreak: TieBreak;
  /** A fundamental question: a NO from a veto holder makes the result VETOED. */
  veto: boolean;
  /** Count each voter's weight; otherwise everyone counts 1. */
  weighted: boolean;
  secret: boolean;
  /** A ballot may be changed while the vote is open. */
  allowChange: boolean;
  /** Close as soon as the ballots still missing can no longer change the outcome. */
  earlyClose: boolean;
}

export type PresetName = 'SIMPLE_MAJORITY' | 'ABSOLUTE_MAJORITY' | 'TWO_THIRDS' | 'THREE_QUARTERS' | 'UNANIMITY';

const base: Omit<DecisionRule, 'fraction' | 'comparator' | 'base'> = {
  quorum: { kind: 'NONE' },
  tieBreak: 'FAILS',
  veto: false,
  weighted: true,
  secret: false,
  allowChange: true,
  earlyClose: false,
};

/** The usual rules, with clear names. Every value stays editable. */
export const presets: Record<PresetName, DecisionRule> = {
  /** More yes than no; abstentions do not count. */
  SIMPLE_MAJORITY: { ...base, fraction: { p: 1, q: 2 }, comparator: 'GREATER', base: 'YES_NO' },
  /** More than half of all entitled members, whether they vote or not. */
  ABSOLUTE_MAJORITY: { ...base, fraction: { p: 1, q: 2 }, comparator: 'GREATER', base: 'ENTITLED' },
  TWO_THIRDS: { ...base, fraction: { p: 2, q: 3 }, comparator: 'AT_LEAST', base: 'CAST' },
  /** Civitas Connect: "at least 75 %". */
  THREE_QUARTERS: { ...base, fraction: { p: 3, q: 4 }, comparator: 'AT_LEAST', base: 'CAST' },
  /** Everyone who votes says yes; an abstention blocks. */
  UNANIMITY: { ...base, fraction: { p: 1, q: 1 }, comparator: 'AT_LEAST', base: 'CAST' },
};

export interface RuleContext {
  procedure: Procedure;
  /** How many entitled voters hold a veto right. */
  vetoHolders: number;
  hasChair: boolean;
  entitledCount: number;
}

const isWhole = (n: number) => Number.isSafeInteger(n);

function checkFraction(name: string, f: Fraction, errors: MessageRef[]): void {
  if (!isWhole(f.p) || !isWhole(f.q)) errors.push(msg('rule.wholeFraction', { name, p: f.p, q: f.q }));
  else if (f.q <= 0) errors.push(msg('rule.denominator', { name, p: f.p, q: f.q }));
  else if (f.p < 0 || f.p > f.q) errors.push(msg('rule.fractionRange', { name, p: f.p, q: f.q }));
}

/** Every reason the rule cannot be used as given; empty when it can. */
export function validateRule(rule: DecisionRule, context: RuleContext): MessageRef[] {
  const errors: MessageRef[] = [];
  checkFraction('fraction', rule.fraction, errors);
  if (rule.fraction.p === 0 && rule.comparator === 'AT_LEAST') errors.push(msg('rule.zeroAtLeast'));
  if (rule.comparator === 'GREATER' && rule.fraction.p === rule.fraction.q) errors.push(msg('rule.overHundred'));
  if (context.procedure === 'WRITTEN') {
    if (rule.base === 'PRESENT') errors.push(msg('rule.writtenPresent'));
    if (rule.quorum.kind !== 'NONE' && rule.quorum.of === 'PRESENCE') errors.push(msg('rule.writtenPresence'));
  }
  if (rule.quorum.kind === 'FRACTION') checkFraction('quorum fraction', rule.quorum.fraction, errors);
  if (rule.quorum.kind === 'COUNT') {
    if (!isWhole(rule.quorum.count) || rule.quorum.count < 1)
      errors.push(msg('rule.quorumWhole', { given: String(rule.quorum.count) }));
    else if (rule.quorum.count > context.entitledCount) {
      errors.push(msg('rule.quorumUnreachable', { quorum: rule.quorum.count, count: context.entitledCount }));
    }
  }
  if (rule.veto && context.vetoHolders === 0) errors.push(msg('rule.vetoNobody'));
  if (rule.tieBreak === 'CHAIR_DECIDES' && !context.hasChair) errors.push(msg('rule.chairMissing'));
  if (rule.tieBreak === 'CHAIR_DECIDES' && rule.comparator === 'AT_LEAST') errors.push(msg('rule.tieAtLeast'));
  if (rule.earlyClose && rule.allowChange) errors.push(msg('rule.earlyCloseChange'));
  if (rule.secret && rule.tieBreak === 'CHAIR_DECIDES') errors.push(msg('rule.secretChair'));
  if (rule.secret && rule.veto) errors.push(msg('rule.secretVeto'));
  if (rule.secret && rule.allowChange) errors.push(msg('rule.secretChange'));
  return errors;
}

/** Whether two rules decide alike (the same settings, whatever their order). */
export function sameRule(a: DecisionRule, b: DecisionRule): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(rule: DecisionRule) {
  const keys = Object.keys(rule).sort() as (keyof DecisionRule)[];
  return keys.map((k) => [k, rule[k]]);
}
