import { randomBytes } from 'node:crypto';
import {
  BallotSealError,
  ballotKeyCheck,
  openBallot,
  sameKeyCheck,
  SEALED_BALLOT_BYTES,
  sealBallot,
  SealedChoice,
} from './ballot-seal';

const key = Buffer.alloc(32, 3);
const vote = '7b0c3c2e-8f65-4f7e-9a61-1d2c6b9e0a11';
const other = '0d7f6a58-2b1e-4c8a-8e0f-9a5b3c2d1e0f';

describe('sealed ballots', () => {
  it.each<[SealedChoice, string, string]>([
    ['YES', '1000', 'ABCD-EFGH-JKMN'],
    ['NO', '0', 'A'],
    ['ABSTAIN', '9223372036854775807', 'X'.repeat(64)],
    ['YES', '2500', 'Ü-receipt'],
  ])('opens what it sealed: %s, weight %s', (choice, weight, receipt) => {
    const sealed = sealBallot(key, vote, { choice, weight, receipt });
    expect(sealed).toHaveLength(SEALED_BALLOT_BYTES);
    expect(openBallot(key, vote, sealed)).toEqual({ choice, weight, receipt });
  });

  it('gives every ballot the same length and fresh bytes, so neither choice, weight nor receipt shows', () => {
    const a = sealBallot(key, vote, { choice: 'YES', weight: '1', receipt: 'A' });
    const b = sealBallot(key, vote, { choice: 'YES', weight: '1', receipt: 'A' });
    const c = sealBallot(key, vote, { choice: 'ABSTAIN', weight: '123456789', receipt: 'Z'.repeat(64) });
    expect(new Set([a.length, b.length, c.length])).toEqual(new Set([SEALED_BALLOT_BYTES]));
    expect(a.equals(b)).toBe(false);
    for (const sealed of [a, b, c]) {
      expect(sealed.includes(Buffer.from('YES'))).toBe(false);
      expect(sealed.includes(Buffer.from('ZZZZ'))).toBe(false);
    }
  });

  it('does not open under another key, for another vote, or changed by one bit', () => {
    const sealed = sealBallot(key, vote, { choice: 'NO', weight: '1000', receipt: 'R' });
    expect(() => openBallot(randomBytes(32), vote, sealed)).toThrow(BallotSealError);
    expect(() => openBallot(key, other, sealed)).toThrow('does not open with this ballot key');
    for (const at of [0, 20, SEALED_BALLOT_BYTES - 1]) {
      const changed = Buffer.from(sealed);
      changed[at] ^= 1;
      expect(() => openBallot(key, vote, changed)).toThrow(BallotSealError);
    }
    expect(() => openBallot(key, vote, sealed.subarray(1))).toThrow(`a sealed ballot has ${SEALED_BALLOT_BYTES} bytes`);
  });

  it('refuses what it cannot seal, naming what is allowed', () => {
    expect(() => sealBallot(key, vote, { choice: 'MAYBE' as SealedChoice, weight: '1', receipt: 'R' })).toThrow(
      'unknown choice MAYBE',
    );
    expect(() => sealBallot(key, vote, { choice: 'YES', weight: '-1', receipt: 'R' })).toThrow(
      'the weight must be a whole number from 0 to 2^63-1',
    );
    expect(() => sealBallot(key, vote, { choice: 'YES', weight: '9223372036854775808', receipt: 'R' })).toThrow(
      'the weight must be a whole number',
    );
    expect(() => sealBallot(key, vote, { choice: 'YES', weight: '1', receipt: '' })).toThrow('a receipt has 1 to 64');
    expect(() => sealBallot(key, vote, { choice: 'YES', weight: '1', receipt: 'R'.repeat(65) })).toThrow(
      'a receipt has 1 to 64',
    );
    expect(() => sealBallot(Buffer.alloc(16), vote, { choice: 'YES', weight: '1', receipt: 'R' })).toThrow(
      'the ballot key must be 32 bytes',
    );
  });

  it('checks the key per vote without revealing it', () => {
    const check = ballotKeyCheck(key, vote);
    expect(check).toHaveLength(16);
    expect(sameKeyCheck(check, ballotKeyCheck(key, vote))).toBe(true);
    expect(sameKeyCheck(check, ballotKeyCheck(randomBytes(32), vote))).toBe(false);
    expect(sameKeyCheck(check, ballotKeyCheck(key, other))).toBe(false);
    expect(sameKeyCheck(check, check.subarray(1))).toBe(false);
  });
});
