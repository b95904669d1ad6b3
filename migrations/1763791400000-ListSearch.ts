import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes for the lists' `search` argument (server/src/common/graphql/search.ts): a "contains" LIKE over
 * `allmende_unaccent(lower(…))` can use them where a list grows without bound (the audit log, the journal, the
 * organisation directory). Each expression is exactly the one the query compares. The backlog already has its
 * trigram index on title_norm; partnerships and people stay small enough to scan. After RecordTextKeys: a keyed
 * booking text is searched in its parameters.
 */
export class ListSearch1763791400000 implements MigrationInterface {
  name = 'ListSearch1763791400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX audit_events_search_trgm ON audit_events USING gin (allmende_unaccent(lower(action || ' ' || subject_type || ' ' || coalesce(subject_id, '') || ' ' || payload::text)) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX ledger_transactions_description_trgm ON ledger_transactions USING gin (allmende_unaccent(lower(coalesce(description, description_params::text))) gin_trgm_ops)`,
    );
    // Replaces the index on lower(name), which the accent-insensitive search never used.
    await queryRunner.query(`DROP INDEX organisations_name_trgm`);
    await queryRunner.query(
      `CREATE INDEX organisations_name_trgm ON organisations USING gin (allmende_unaccent(lower(name)) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX organisations_name_trgm`);
    await queryRunner.query(
      `CREATE INDEX organisations_name_trgm ON organisations USING gin (lower(name) gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX ledger_transactions_description_trgm`);
    await queryRunner.query(`DROP INDEX audit_events_search_trgm`);
  }
}
