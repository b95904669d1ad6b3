import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret ballots sealed (`server/src/votes/sealed-ballots.ts`). Before, a cast added its choice to the sums in
 * `secret_ballot_boxes` in the transaction that recorded the member's participation: old row versions, the WAL
 * and backups linked each member to its choice by transaction id. Now a cast stores its ballot encrypted under
 * a key the database never holds, and the sums are counted in memory when the vote closes.
 *
 * The box keeps its columns: a vote opened before this migration keeps the sums of its earlier ballots there,
 * and counts its later ballots from the sealed ones on top. The check value of the ballot key is set when a
 * vote opens (or, for such an earlier vote, with its first sealed ballot).
 */
export class SealedSecretBallots1763790900000 implements MigrationInterface {
  name = 'SealedSecretBallots1763790900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // No member, no time, no sequence: a random id, the vote, and 103 bytes (nonce, ciphertext, tag).
    await queryRunner.query(`
      CREATE TABLE secret_ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vote_id uuid NOT NULL,
        sealed bytea NOT NULL CHECK (octet_length(sealed) = 103),
        CONSTRAINT secret_ballots_vote_id_fkey FOREIGN KEY (vote_id) REFERENCES votes (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX secret_ballots_vote_id ON secret_ballots (vote_id)`);
    await queryRunner.query(`ALTER TABLE secret_ballot_boxes ADD COLUMN key_check bytea`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Open votes' sealed ballots cannot be added back to the sums without the key: refuse rather than lose them.
    const [open]: { n: string }[] = await queryRunner.query(`SELECT count(*) AS n FROM secret_ballots`);
    if (Number(open.n) > 0)
      throw new Error(
        `${open.n} sealed secret ballots are not counted yet: close or cancel their votes before reverting this migration`,
      );
    await queryRunner.query(`ALTER TABLE secret_ballot_boxes DROP COLUMN key_check`);
    await queryRunner.query(`DROP TABLE secret_ballots`);
  }
}
