import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Sealed secret ballots: the choice, weight and receipt of one ballot, encrypted with AES-256-GCM under
 * a key derived (HKDF-SHA-256) from the installation's ballot key and the vote's id. The ballot key is
 * never stored in the database, so nothing the database holds (live rows, old row versions, WAL,
 * backups) can be read back into a choice; the vote's id is the authenticated data, so a sealed ballot
 * cannot be moved to another vote. Every sealed ballot has the same length, whatever it holds.
 */
export type SealedChoice = 'YES' | 'NO' | 'ABSTAIN';

export interface BallotContent {
  choice: SealedChoice;
  /** The ballot's weight in the rule's unit, a non-negative integer (as text, like the database's bigint). */
  weight: string;
  receipt: string;
}

const CHOICES: readonly SealedChoice[] = ['YES', 'NO', 'ABSTAIN'];
const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Fixed plaintext: version, choice, weight (8 bytes), receipt length, receipt padded to 64 bytes. */
const RECEIPT_BYTES = 64;
const PLAINTEXT_BYTES = 1 + 1 + 8 + 1 + RECEIPT_BYTES;
export const SEALED_BALLOT_BYTES = NONCE_BYTES + PLAINTEXT_BYTES + TAG_BYTES;
export const BALLOT_KEY_BYTES = 32;

export class BallotSealError extends Error {}

function voteKey(ballotKey: Buffer, voteId: string): Buffer {
  if (ballotKey.length !== BALLOT_KEY_BYTES)
    throw new BallotSealError(`the ballot key must be ${BALLOT_KEY_BYTES} bytes, not ${ballotKey.length}`);
  return Buffer.from(hkdfSync('sha256', ballotKey, Buffer.from(voteId, 'utf8'), 'allmende secret ballot v1', 32));
}

export function sealBallot(ballotKey: Buffer, voteId: string, content: BallotContent): Buffer {
  const choice = CHOICES.indexOf(content.choice);
  if (choice < 0) throw new BallotSealError(`unknown choice ${String(content.choice)}`);
  if (!/^[0-9]{1,19}$/.test(content.weight) || BigInt(content.weight) > 0x7fffffffffffffffn)
    throw new BallotSealError(`the weight must be a whole number from 0 to 2^63-1, not ${content.weight}`);
  const receipt = Buffer.from(content.receipt, 'utf8');
  if (receipt.length === 0 || receipt.length > RECEIPT_BYTES)
    throw new BallotSealError(`a receipt has 1 to ${RECEIPT_BYTES} bytes, not ${receipt.length}`);
  const plain = Buffer.alloc(PLAINTEXT_BYTES);
  plain.writeUInt8(VERSION, 0);
  plain.writeUInt8(choice, 1);
  plain.writeBigUInt64BE(BigInt(content.weight), 2);
  plain.writeUInt8(receipt.length, 10);
  receipt.copy(plain, 11);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', voteKey(ballotKey, voteId), nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(voteId, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

export function openBallot(ballotKey: Buffer, voteId: string, sealed: Buffer): BallotContent {
  if (sealed.length !== SEALED_BALLOT_BYTES)
    throw new BallotSealError(`a sealed ballot has ${SEALED_BALLOT_BYTES} bytes, not ${sealed.length}`);
  const nonce = sealed.subarray(0, NONCE_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', voteKey(ballotKey, voteId), nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(voteId, 'utf8'));
  decipher.setAuthTag(tag);
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new BallotSealError(
      `a sealed ballot of vote ${voteId} does not open with this ballot key: it was sealed with another key, or changed`,
    );
  }
  const choice = CHOICES[plain.readUInt8(1)];
  const length = plain.readUInt8(10);
  if (plain.readUInt8(0) !== VERSION || !choice || length < 1 || length > RECEIPT_BYTES)
    throw new BallotSealError(`a sealed ballot of vote ${voteId} has an unknown layout`);
  return {
    choice,
    weight: plain.readBigUInt64BE(2).toString(),
    receipt: plain.subarray(11, 11 + length).toString('utf8'),
  };
}

/**
 * A check value of the vote's key, stored when a secret vote opens: a ballot is sealed only with the key
 * the vote opened with, so no acknowledged ballot can become unreadable by a changed ballot key. It says
 * nothing about any ballot.
 */
export function ballotKeyCheck(ballotKey: Buffer, voteId: string): Buffer {
  return createHmac('sha256', voteKey(ballotKey, voteId)).update('key check').digest().subarray(0, 16);
}

export function sameKeyCheck(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
