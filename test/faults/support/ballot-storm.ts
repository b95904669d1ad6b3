import { Client } from 'pg';
import { Api } from './graphql-client';
import { waitUntilBlocked } from './cluster-sql';
import { Member } from './partnership-world';

export type Choice = 'YES' | 'NO' | 'ABSTAIN';
const CHOICES: Choice[] = ['YES', 'NO', 'ABSTAIN'];
/** Every member always sends the same choice (also when it tries again), so the expected figures are known. */
export const choiceOf = (member: Member): Choice => CHOICES[member.index % 3];

const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt membershipId } }`;

/** What the client was told about one cast. */
export type CastAnswer =
  | { kind: 'receipt'; receipt: string }
  /** Refused as a member's second ballot: its first one is committed. */
  | { kind: 'already-voted'; message: string }
  /** No answer (connection reset by the kill), or an error: the client cannot know whether it was stored. */
  | { kind: 'unknown'; detail: string };

export async function castBallot(api: Api, voteId: string, member: Member, signal?: AbortSignal): Promise<CastAnswer> {
  try {
    const { status, body } = await api.post<{ castBallot: { receipt: string; membershipId: string } }>(
      member.cookie,
      CAST,
      { input: { voteId, membershipId: member.membershipId, choice: choiceOf(member) } },
      signal,
    );
    const receipt = body.data?.castBallot?.receipt;
    if (status === 200 && receipt && !body.errors && body.data?.castBallot.membershipId === member.membershipId)
      return { kind: 'receipt', receipt };
    const error = body.errors?.[0];
    // By the message's stable key: its text follows the reader's language.
    if (
      error?.extensions?.code === 'CONFLICT' &&
      ['vote.secretAlreadyCast', 'vote.noChange'].includes(String(error.extensions.messageKey))
    )
      return { kind: 'already-voted', message: error.message };
    return { kind: 'unknown', detail: `${status} ${JSON.stringify(body.errors ?? body)}` };
  } catch (error) {
    return {
      kind: 'unknown',
      detail: error instanceof Error ? `${error.message} (${String(error.cause)})` : String(error),
    };
  }
}

export interface StormRecord {
  /** Member index → the receipt the client got (at most one per member: a second cast is refused). */
  acknowledged: Map<number, string>;
  /** Members told "already voted" by a second, concurrent cast of their own. */
  refused: Set<number>;
  /** Members stopped inside the server's transaction by the test's row locks when the kill came. */
  stuck: Set<number>;
  /** Casts sent, casts answered by the time of the kill, and every answer that was neither. */
  sent: number;
  answeredAtKill: number;
  unknown: { member: number; detail: string }[];
}

/**
 * Casts a ballot for every member at once (a second, concurrent one for every `duplicateEvery`-th member) and
 * calls `kill` the moment the `killAfter`-th receipt arrives. Before the others go out, the casts of the
 * `stuck` members are started and held at their ballot's insert by row locks on their memberships (taken on
 * `locks`, released by the caller once the server is dead), so some casts are in the middle of their
 * transaction when the kill comes, however fast the rest is.
 */
export async function castUntilKilled(options: {
  api: Api;
  locks: Client;
  voteId: string;
  members: Member[];
  stuck: Member[];
  duplicateEvery: number;
  killAfter: number;
  kill: () => void;
}): Promise<StormRecord> {
  const { api, locks, voteId, members, stuck } = options;
  const record: StormRecord = {
    acknowledged: new Map(),
    refused: new Set(),
    stuck: new Set(stuck.map((m) => m.index)),
    sent: 0,
    answeredAtKill: -1,
    unknown: [],
  };
  let answered = 0;
  // Generous: after a kill every open request ends at once; the bound only keeps a hang from lasting forever.
  const signal = AbortSignal.timeout(120_000);
  const cast = async (member: Member) => {
    record.sent += 1;
    const answer = await castBallot(api, voteId, member, signal);
    answered += 1;
    if (answer.kind === 'receipt') {
      if (record.acknowledged.has(member.index))
        throw new Error(
          `member ${member.index} got two receipts: ${record.acknowledged.get(member.index)}, ${answer.receipt}`,
        );
      record.acknowledged.set(member.index, answer.receipt);
    } else if (answer.kind === 'already-voted') record.refused.add(member.index);
    else record.unknown.push({ member: member.index, detail: answer.detail });
    if (record.answeredAtKill < 0 && record.acknowledged.size >= options.killAfter) {
      record.answeredAtKill = answered;
      options.kill();
    }
  };

  await locks.query('BEGIN');
  await locks.query('SELECT id FROM memberships WHERE id = ANY($1::uuid[]) FOR UPDATE', [
    stuck.map((m) => m.membershipId),
  ]);
  const held = stuck.map(cast);
  await waitUntilBlocked(locks, stuck.length);
  const rest = members
    .filter((m) => !record.stuck.has(m.index))
    .flatMap((m) => (m.index % options.duplicateEvery === 0 ? [m, m] : [m]))
    .map(cast);
  await Promise.all([...held, ...rest]);
  if (record.answeredAtKill < 0)
    throw new Error(`only ${record.acknowledged.size} receipts came; the kill never happened`);
  return record;
}
