import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters for the sign-in brute-force protection (`server/src/auth/sign-in-limiter.ts`), shared by every instance.
 * The columns are the ones rate-limiter-flexible's RateLimiterPostgres reads and writes (key, points, expire in
 * epoch milliseconds); it is told the table exists, so only this migration creates it. Keys are SHA-256 hashes of
 * account and address, never the addresses themselves. No entity: only that library touches the table.
 */
export class SignInLimits1763790600000 implements MigrationInterface {
  name = 'SignInLimits1763790600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    // The library deletes rows that expired an hour ago every five minutes.
    await queryRunner.query(`CREATE INDEX sign_in_limits_expire ON sign_in_limits (expire)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_limits`);
  }
}
