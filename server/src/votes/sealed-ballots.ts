import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BallotKey } from './ballot-key';
import { BallotContent, ballotKeyCheck, openBallot, sameKeyCheck, sealBallot } from './ballot-seal';
import type { SecretSums } from './tally';

export interface OpenedBox {
  sums: SecretSums;
  /** Every counted ballot's receipt, sorted. */
  receipts: string[];
  /** Who took part (membership ids); never in the order they voted. */
  participants: string[];
}

/**
 * The ballot box of a secret vote. A cast writes, in one transaction, that the member took part
 * (`secret_participations`) and its ballot sealed (`secret_ballots`: a random id, the vote and the sealed
 * bytes, nothing else). Both rows share a transaction id, which is what makes a ballot count exactly
 * once, but the sealed bytes say nothing without the ballot key, which the database never holds. The box
 * is opened in memory: for the tally of an open vote (only participation is shown) and when it closes,
 * which publishes the sums and the sorted receipts and deletes the sealed ballots.
 */
@Injectable()
export class SealedBallots {
  /** Votes whose key check this instance has matched: the check never changes, so each cast need not read it. */
  private readonly checked = new Set<string>();

  constructor(private readonly ballotKey: BallotKey) {}

  /** When a secret vote opens: its (empty) box, with the check value of the key its ballots are sealed with. */
  async openBox(manager: EntityManager, voteId: string): Promise<void> {
    await manager.query('INSERT INTO secret_ballot_boxes (vote_id, key_check) VALUES ($1, $2)', [
      voteId,
      ballotKeyCheck(this.ballotKey.key, voteId),
    ]);
  }

  /** In the cast's transaction, after its participation row: the sealed ballot. */
  async put(manager: EntityManager, voteId: string, content: BallotContent): Promise<void> {
    await this.checkKey(manager, voteId);
    await manager.query('INSERT INTO secret_ballots (vote_id, sealed) VALUES ($1, $2)', [
      voteId,
      sealBallot(this.ballotKey.key, voteId, content),
    ]);
  }

  /** The sums, receipts and participants; sums carried over in the box (ballots before sealing) included. */
  async open(manager: EntityManager, voteId: string): Promise<OpenedBox> {
    const [box]: {
      yes_weight: string;
      no_weight: string;
      abstain_weight: string;
      yes_count: number;
      no_count: number;
      abstain_count: number;
      receipts: string[];
      participants: string[];
    }[] = await manager.query(
      `SELECT yes_weight, no_weight, abstain_weight, yes_count, no_count, abstain_count, receipts,
              ARRAY(SELECT membership_id FROM secret_participations WHERE vote_id = $1 ORDER BY membership_id) AS participants
       FROM secret_ballot_boxes WHERE vote_id = $1`,
      [voteId],
    );
    if (!box) throw new Error(`Secret vote ${voteId} has no ballot box`);
    const sums: SecretSums = {
      yesWeight: BigInt(box.yes_weight),
      noWeight: BigInt(box.no_weight),
      abstainWeight: BigInt(box.abstain_weight),
      yesCount: box.yes_count,
      noCount: box.no_count,
      abstainCount: box.abstain_count,
    };
    const receipts = [...box.receipts];
    const sealed: { sealed: Buffer }[] = await manager.query('SELECT sealed FROM secret_ballots WHERE vote_id = $1', [
      voteId,
    ]);
    for (const row of sealed) {
      const ballot = openBallot(this.ballotKey.key, voteId, row.sealed);
      const weight = BigInt(ballot.weight);
      if (ballot.choice === 'YES') {
        sums.yesWeight += weight;
        sums.yesCount += 1;
      } else if (ballot.choice === 'NO') {
        sums.noWeight += weight;
        sums.noCount += 1;
      } else {
        sums.abstainWeight += weight;
        sums.abstainCount += 1;
      }
      receipts.push(ballot.receipt);
    }
    const counted = sums.yesCount + sums.noCount + sums.abstainCount;
    if (counted !== box.participants.length)
      throw new Error(
        `Secret vote ${voteId}: ${box.participants.length} members took part but the box holds ${counted} ballots`,
      );
    return { sums, receipts: receipts.sort(), participants: box.participants };
  }

  /** When the vote has closed (or was cancelled): the sealed ballots go; the result keeps sums and receipts. */
  async empty(manager: EntityManager, voteId: string): Promise<void> {
    await manager.query('DELETE FROM secret_ballots WHERE vote_id = $1', [voteId]);
    this.checked.delete(voteId);
  }

  /**
   * A ballot is sealed only with the key the vote opened with: under another key (a lost or replaced
   * BALLOT_KEY) it could never be counted, so the cast is refused instead of acknowledged.
   */
  private async checkKey(manager: EntityManager, voteId: string): Promise<void> {
    if (this.checked.has(voteId)) return;
    const check = ballotKeyCheck(this.ballotKey.key, voteId);
    const [box]: { key_check: Buffer | null }[] = await manager.query(
      'SELECT key_check FROM secret_ballot_boxes WHERE vote_id = $1',
      [voteId],
    );
    if (!box) throw new Error(`Secret vote ${voteId} has no ballot box`);
    if (box.key_check === null) {
      // Opened before ballots were sealed: from now on, this key.
      await manager.query('UPDATE secret_ballot_boxes SET key_check = $2 WHERE vote_id = $1 AND key_check IS NULL', [
        voteId,
        check,
      ]);
      return;
    }
    if (!sameKeyCheck(box.key_check, check))
      throw new Error(
        `Secret vote ${voteId} was opened with another ballot key: restore the BALLOT_KEY (or BALLOT_KEY_FILE) it opened with`,
      );
    this.checked.add(voteId);
  }
}
