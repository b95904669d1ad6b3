/**
 * The vote-counting rule: `tally(rule, entitled, ballots, attendance?)`. Pure, integer arithmetic only
 * (weights are exact decimals with up to three places, counted in thousandths as bigint).
 */
import { DecisionRule, Fraction } from './decision-rule';

export type Choice = 'YES' | 'NO' | 'ABSTAIN';
export type Outcome = 'ACCEPTED' | 'REJECTED' | 'NO_QUORUM' | 'VETOED';

export interface Voter {
  id: string;
  /** Decimal string, e.g. "1" or "2.5". */
  weight: string;
  vetoHolder?: boolean;
  chair?: boolean;
}

/** The ballot of an entitled voter (cast by its delegate, or by the member holding its proxy). */
export interface Ballot {
  voterId: string;
  choice: Choice;
}

/** Sessions only: who is present, and whose absence is covered by a proxy held by a present member. */
export interface Attendance {
  present: readonly string[];
  /** absent voter id -> id of the present voter carrying its vote */
  proxies?: Readonly<Record<string, string>>;
}

export interface Figures {
  yes: string;
  no: string;
  abstain: string;
  cast: string;
  present: string | null;
  entitled: string;
  /** The weight that counted as 100 %. */
  base: string;
}

export interface QuorumFigures {
  required: string;
  actual: string;
  met: boolean;
  unit: 'WEIGHT' | 'VOTERS';
}

export interface TallyResult {
  outcome: Outcome;
  figures: Figures;
  quorum: QuorumFigures | null;
  /** True when the ballots still missing can no longer change the outcome (for early close). */
  decided: boolean;
  tieBrokenByChair: boolean;
  sentence: { de: string; en: string };
}

const UNIT = 1000n;

/** "2.5" -> 2500n thousandths. Throws on anything but a positive decimal with at most three places. */
export function parseWeight(weight: string): bigint {
  const match = /^(\d{1,7})(?:\.(\d{1,3}))?$/.exec(weight);
  if (!match) throw new Error(`weight must be a positive decimal with at most 3 places, got "${weight}"`);
  const value = BigInt(match[1]) * UNIT + BigInt((match[2] ?? '').padEnd(3, '0'));
  if (value === 0n) throw new Error('weight must be above 0');
  return value;
}

/** 2500n -> "2.5" (or "2,5" for German). */
export function formatWeight(thousandths: bigint, decimalMark = '.'): string {
  const whole = thousandths / UNIT;
  const rest = (thousandths % UNIT).toString().padStart(3, '0').replace(/0+$/, '');
  return rest ? `${whole}${decimalMark}${rest}` : `${whole}`;
}

interface Counted {
  yes: bigint;
  no: bigint;
  abstain: bigint;
  castWeight: bigint;
  castCount: number;
  presentWeight: bigint;
  presentCount: number;
  entitledWeight: bigint;
  entitledCount: number;
  vetoed: boolean;
  chairChoice: Choice | null;
  /** Entitled voters who may still cast (present or covered, in a session) and have not. */
  remaining: { weight: bigint; vetoHolder: boolean; chair: boolean }[];
  /** The ids of `remaining`, in the same order. */
  remainingIds: string[];
}

function count(
  rule: DecisionRule,
  entitled: readonly Voter[],
  ballots: readonly Ballot[],
  attendance?: Attendance,
): Counted {
  const byId = new Map(entitled.map((v) => [v.id, v]));
  const weightOf = (v: Voter) => (rule.weighted ? parseWeight(v.weight) : UNIT);
  const present = new Set(attendance?.present ?? []);
  const covered = (id: string) =>
    !attendance || present.has(id) || (attendance.proxies?.[id] !== undefined && present.has(attendance.proxies[id]));

  const c: Counted = {
    yes: 0n,
    no: 0n,
    abstain: 0n,
    castWeight: 0n,
    castCount: 0,
    presentWeight: 0n,
    presentCount: 0,
    entitledWeight: 0n,
    entitledCount: entitled.length,
    vetoed: false,
    chairChoice: null,
    remaining: [],
    remainingIds: [],
  };
  const seen = new Set<string>();
  for (const ballot of ballots) {
    const voter = byId.get(ballot.voterId);
    // Only entitled voters, once each, and in a session only those present or covered by a present proxy.
    if (!voter || seen.has(voter.id) || !covered(voter.id)) continue;
    seen.add(voter.id);
    const w = weightOf(voter);
    if (ballot.choice === 'YES') c.yes += w;
    else if (ballot.choice === 'NO') c.no += w;
    else c.abstain += w;
    c.castWeight += w;
    c.castCount += 1;
    if (voter.vetoHolder && ballot.choice === 'NO') c.vetoed = true;
    if (voter.chair) c.chairChoice = ballot.choice;
  }
  for (const voter of entitled) {
    const w = weightOf(voter);
    c.entitledWeight += w;
    if (covered(voter.id)) {
      c.presentWeight += w;
      c.presentCount += 1;
      if (!seen.has(voter.id)) {
        c.remaining.push({ weight: w, vetoHolder: !!voter.vetoHolder, chair: !!voter.chair });
        c.remainingIds.push(voter.id);
      }
    }
  }
  return c;
}

function baseWeight(
  rule: DecisionRule,
  c: { yes: bigint; no: bigint; abstain: bigint; presentWeight: bigint; entitledWeight: bigint },
): bigint {
  switch (rule.base) {
    case 'YES_NO':
      return c.yes + c.no;
    case 'CAST':
      return c.yes + c.no + c.abstain;
    case 'PRESENT':
      return c.presentWeight;
    case 'ENTITLED':
      return c.entitledWeight;
  }
}

/** yes·q compared with p·base: positive passes under GREATER, zero is a tie there and passes under AT_LEAST. */
function margin(fraction: Fraction, yes: bigint, base: bigint): bigint {
  return yes * BigInt(fraction.q) - BigInt(fraction.p) * base;
}

function quorumOf(rule: DecisionRule, c: Counted, castWeight: bigint, castCount: number): QuorumFigures | null {
  const q = rule.quorum;
  if (q.kind === 'NONE') return null;
  const byPresence = q.of === 'PRESENCE';
  if (q.kind === 'COUNT') {
    const actual = byPresence ? c.presentCount : castCount;
    return { required: String(q.count), actual: String(actual), met: actual >= q.count, unit: 'VOTERS' };
  }
  const actual = byPresence ? c.presentWeight : castWeight;
  // actual/entitled >= p/q, without division: actual·q >= p·entitled. Required shown rounded up.
  const met = actual * BigInt(q.fraction.q) >= BigInt(q.fraction.p) * c.entitledWeight;
  const required = (BigInt(q.fraction.p) * c.entitledWeight + BigInt(q.fraction.q) - 1n) / BigInt(q.fraction.q);
  return { required: formatWeight(required), actual: formatWeight(actual), met, unit: 'WEIGHT' };
}

function passes(rule: DecisionRule, m: bigint, chairChoice: Choice | null): { pass: boolean; tie: boolean } {
  if (m > 0n) return { pass: true, tie: false };
  if (m < 0n) return { pass: false, tie: false };
  if (rule.comparator === 'AT_LEAST') return { pass: true, tie: false };
  // GREATER and exactly at the threshold: a tie.
  return { pass: rule.tieBreak === 'CHAIR_DECIDES' && chairChoice === 'YES', tie: true };
}

export function tally(
  rule: DecisionRule,
  entitled: readonly Voter[],
  ballots: readonly Ballot[],
  attendance?: Attendance,
): TallyResult {
  return conclude(rule, count(rule, entitled, ballots, attendance), !!attendance);
}

/** The sums of a secret ballot box: weights in thousandths (bigint) and numbers of ballots per choice. */
export interface SecretSums {
  yesWeight: bigint;
  noWeight: bigint;
  abstainWeight: bigint;
  yesCount: number;
  noCount: number;
  abstainCount: number;
}

/**
 * A secret vote: who took part is known, each choice only as part of the sums. The rule must not need a
 * single voter's choice (no veto, no chair's tie-break; `validateRule` refuses both for secret votes).
 */
export function tallySecret(
  rule: DecisionRule,
  entitled: readonly Voter[],
  participants: readonly string[],
  sums: SecretSums,
  attendance?: Attendance,
): TallyResult {
  const c = count(rule, entitled, [], attendance);
  const taking = new Set(participants);
  const weighted = rule.weighted;
  c.yes = weighted ? sums.yesWeight : BigInt(sums.yesCount) * UNIT;
  c.no = weighted ? sums.noWeight : BigInt(sums.noCount) * UNIT;
  c.abstain = weighted ? sums.abstainWeight : BigInt(sums.abstainCount) * UNIT;
  c.castWeight = c.yes + c.no + c.abstain;
  c.castCount = sums.yesCount + sums.noCount + sums.abstainCount;
  const covered = new Set(c.remainingIds.filter((id) => !taking.has(id)));
  c.remaining = c.remaining.filter((_, i) => covered.has(c.remainingIds[i]));
  c.remainingIds = c.remainingIds.filter((id) => covered.has(id));
  return conclude(rule, c, !!attendance);
}

function conclude(rule: DecisionRule, c: Counted, withAttendance: boolean): TallyResult {
  const base = baseWeight(rule, c);
  const quorum = quorumOf(rule, c, c.castWeight, c.castCount);
  const threshold = passes(rule, margin(rule.fraction, c.yes, base), c.chairChoice);

  let outcome: Outcome;
  if (quorum && !quorum.met) outcome = 'NO_QUORUM';
  else if (rule.veto && c.vetoed) outcome = 'VETOED';
  else outcome = threshold.pass ? 'ACCEPTED' : 'REJECTED';

  const figures: Figures = {
    yes: formatWeight(c.yes),
    no: formatWeight(c.no),
    abstain: formatWeight(c.abstain),
    cast: formatWeight(c.castWeight),
    present: withAttendance ? formatWeight(c.presentWeight) : null,
    entitled: formatWeight(c.entitledWeight),
    base: formatWeight(base),
  };
  const tieBrokenByChair =
    threshold.tie && rule.tieBreak === 'CHAIR_DECIDES' && (c.chairChoice === 'YES' || c.chairChoice === 'NO');
  return {
    outcome,
    figures,
    quorum,
    decided: isDecided(rule, c, outcome),
    tieBrokenByChair,
    sentence: explain(rule, outcome, c, base, quorum, threshold.tie, tieBrokenByChair),
  };
}

/**
 * Whether every way the missing ballots could still be cast (or not) leads to the same outcome. The
 * outcome moves monotonically with each missing ballot: YES gives the most support and participation,
 * NO the least support, staying away the least participation; so these bounds decide.
 */
function isDecided(rule: DecisionRule, c: Counted, outcome: Outcome): boolean {
  // A ballot that may still change can still change the outcome.
  if (rule.allowChange) return false;
  if (c.remaining.length === 0) return true;
  const rest = c.remaining.reduce((sum, r) => sum + r.weight, 0n);
  const restCount = c.remaining.length;

  // Quorum: met with nobody else voting, or not even with everybody.
  const quorumNow = quorumOf(rule, c, c.castWeight, c.castCount);
  const quorumAll = quorumOf(rule, c, c.castWeight + rest, c.castCount + restCount);
  if (quorumAll && !quorumAll.met) return outcome === 'NO_QUORUM';
  if (quorumNow && !quorumNow.met) return false; // could end with or without a quorum

  // Veto: certain once cast (ballots cannot change), possible while a veto holder has not voted.
  if (rule.veto && c.vetoed) return outcome === 'VETOED';
  if (rule.veto && c.remaining.some((r) => r.vetoHolder)) return false;

  const chairMissing = c.remaining.some((r) => r.chair);
  const best = baseWeight(rule, { ...c, yes: c.yes + rest });
  const worst = baseWeight(rule, { ...c, no: c.no + rest });
  const high = margin(rule.fraction, c.yes + rest, best);
  const low = margin(rule.fraction, c.yes, worst);
  // A tie under CHAIR_DECIDES depends on the chair's ballot, unknown while it is missing.
  const resolve = (m: bigint) =>
    m === 0n && rule.comparator === 'GREATER' && rule.tieBreak === 'CHAIR_DECIDES' && chairMissing
      ? null
      : passes(rule, m, c.chairChoice).pass;
  const [lowPass, highPass] = [resolve(low), resolve(high)];
  if (lowPass === null || highPass === null) return false;
  return lowPass === highPass;
}

const pct = (part: bigint, whole: bigint, decimalMark: string): string => {
  if (whole === 0n) return '–';
  // Tenths of a percent, rounded half up, integers only.
  const tenths = (part * 1000n * 2n + whole) / (whole * 2n);
  const text = tenths % 10n === 0n ? `${tenths / 10n}` : `${tenths / 10n}${decimalMark}${tenths % 10n}`;
  return `${text} %`;
};

const fractionText = (f: Fraction, decimalMark: string) => {
  const tenths = (BigInt(f.p) * 1000n * 2n + BigInt(f.q)) / (BigInt(f.q) * 2n);
  const exact = (BigInt(f.p) * 100n) % BigInt(f.q) === 0n;
  const text = tenths % 10n === 0n ? `${tenths / 10n}` : `${tenths / 10n}${decimalMark}${tenths % 10n}`;
  return exact ? `${text} %` : `${f.p}/${f.q} (${text} %)`;
};

function explain(
  rule: DecisionRule,
  outcome: Outcome,
  c: Counted,
  base: bigint,
  quorum: QuorumFigures | null,
  tie: boolean,
  byChair: boolean,
) {
  const de = (n: bigint) => formatWeight(n, ',');
  const en = (n: bigint) => formatWeight(n);
  const baseDe = {
    YES_NO: 'Ja- und Nein-Stimmen',
    CAST: 'abgegebenen Stimmen',
    PRESENT: 'anwesenden Stimmen',
    ENTITLED: 'stimmberechtigten Stimmen',
  }[rule.base];
  const baseEn = {
    YES_NO: 'yes and no votes',
    CAST: 'votes cast',
    PRESENT: 'votes present',
    ENTITLED: 'entitled votes',
  }[rule.base];
  const needDe = `${rule.comparator === 'AT_LEAST' ? 'mindestens' : 'mehr als'} ${fractionText(rule.fraction, ',')} erforderlich`;
  const needEn = `${rule.comparator === 'AT_LEAST' ? 'at least' : 'more than'} ${fractionText(rule.fraction, '.')} required`;
  const head = {
    ACCEPTED: ['Angenommen', 'Accepted'],
    REJECTED: ['Abgelehnt', 'Rejected'],
    NO_QUORUM: ['Nicht beschlussfähig', 'No quorum'],
    VETOED: ['Durch Veto abgelehnt', 'Vetoed'],
  }[outcome];
  let quorumDe = '';
  let quorumEn = '';
  if (quorum) {
    const of = quorum.unit === 'VOTERS' ? `${c.entitledCount}` : de(c.entitledWeight);
    const ofEn = quorum.unit === 'VOTERS' ? `${c.entitledCount}` : en(c.entitledWeight);
    const actualDe = quorum.actual.replace('.', ',');
    const requiredDe = quorum.required.replace('.', ',');
    quorumDe = `; Quorum ${actualDe} von ${of} ${quorum.met ? 'erreicht' : `nicht erreicht (mindestens ${requiredDe} nötig)`}`;
    quorumEn = `; quorum ${quorum.actual} of ${ofEn} ${quorum.met ? 'met' : `not met (at least ${quorum.required} needed)`}`;
  }
  const tieDe = tie
    ? byChair
      ? '; Stimmengleichheit, die Stimme des Vorsitzes entscheidet'
      : '; Stimmengleichheit gilt als Ablehnung'
    : '';
  const tieEn = tie ? (byChair ? '; a tie, decided by the chair’s vote' : '; a tie counts as rejection') : '';
  const vetoDe = outcome === 'VETOED' ? '; ein Mitglied mit Vetorecht hat mit Nein gestimmt' : '';
  const vetoEn = outcome === 'VETOED' ? '; a member holding a veto voted no' : '';
  return {
    de: `${head[0]}: ${de(c.yes)} Ja von ${de(base)} ${baseDe} (${pct(c.yes, base, ',')}), ${needDe}${tieDe}${vetoDe}${quorumDe}.`,
    en: `${head[1]}: ${en(c.yes)} yes of ${en(base)} ${baseEn} (${pct(c.yes, base, '.')}), ${needEn}${tieEn}${vetoEn}${quorumEn}.`,
  };
}
