import { MigrationInterface, QueryRunner } from 'typeorm';

/** Append-only, hash-chained audit log: one chain per partnership (and one for the platform). */
export class AuditEvents1763790100000 implements MigrationInterface {
  name = 'AuditEvents1763790100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        chain_key text NOT NULL,
        partnership_id uuid REFERENCES partnerships (id),
        sequence integer NOT NULL CHECK (sequence > 0),
        actor_user_id uuid,
        action text NOT NULL CHECK (action ~ '^[a-z]+(\\.[a-z_]+)+$'),
        subject_type text NOT NULL,
        subject_id text,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        occurred_at timestamptz NOT NULL,
        previous_hash text CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
        hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT audit_events_chain_sequence_key UNIQUE (chain_key, sequence),
        CONSTRAINT audit_events_chain_key_check CHECK (chain_key = coalesce(partnership_id::text, 'platform'))
      )`);
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
  }
}
