import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Texts the server writes for later readers are a message key and parameters, rendered in each reader's
 * language (server/src/common/i18n/records.*.ts): a ledger transaction's booking text, a timeline step's reason
 * and a notification, and a module split's reason. Rows written before keep their text (key NULL); what a person typed stays as typed.
 */
export class RecordTextKeys1763791300000 implements MigrationInterface {
  name = 'RecordTextKeys1763791300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE ledger_transactions
        ALTER COLUMN description DROP NOT NULL,
        ADD COLUMN description_key text,
        ADD COLUMN description_params jsonb,
        ADD CONSTRAINT ledger_transactions_description_key_check CHECK (description_key ~ '^[a-z][A-Za-z.]{0,99}$'),
        ADD CONSTRAINT ledger_transactions_description_text_check
          CHECK ((description IS NULL) <> (description_key IS NULL) AND (description_key IS NULL) = (description_params IS NULL))`);
    await queryRunner.query(`
      ALTER TABLE feature_request_transitions
        ADD COLUMN reason_key text,
        ADD COLUMN reason_params jsonb,
        ADD CONSTRAINT feature_request_transitions_reason_key_check CHECK (reason_key ~ '^[a-z][A-Za-z.]{0,99}$'),
        ADD CONSTRAINT feature_request_transitions_reason_text_check
          CHECK ((reason_key IS NULL OR reason = '') AND (reason_key IS NULL) = (reason_params IS NULL))`);
    await queryRunner.query(`
      ALTER TABLE cost_agreement_versions
        ADD COLUMN reason_key text,
        ADD COLUMN reason_params jsonb,
        ADD CONSTRAINT cost_agreement_versions_reason_key_check CHECK (reason_key ~ '^[a-z][A-Za-z.]{0,99}$'),
        ADD CONSTRAINT cost_agreement_versions_reason_text_check
          CHECK ((reason_key IS NULL OR reason = '') AND (reason_key IS NULL) = (reason_params IS NULL))`);
    await queryRunner.query(`
      ALTER TABLE notifications
        ALTER COLUMN text DROP NOT NULL,
        ADD COLUMN text_key text,
        ADD COLUMN text_params jsonb,
        ADD CONSTRAINT notifications_text_key_check CHECK (text_key ~ '^[a-z][A-Za-z.]{0,99}$'),
        ADD CONSTRAINT notifications_text_check
          CHECK ((text IS NULL) <> (text_key IS NULL) AND (text_key IS NULL) = (text_params IS NULL))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Keyed rows have no stored sentence to go back to: they get their key as text.
    await queryRunner.query(`
      ALTER TABLE notifications DROP CONSTRAINT notifications_text_check, DROP CONSTRAINT notifications_text_key_check`);
    await queryRunner.query(`UPDATE notifications SET text = text_key WHERE text IS NULL`);
    await queryRunner.query(`
      ALTER TABLE notifications DROP COLUMN text_params, DROP COLUMN text_key, ALTER COLUMN text SET NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE cost_agreement_versions
        DROP CONSTRAINT cost_agreement_versions_reason_text_check,
        DROP CONSTRAINT cost_agreement_versions_reason_key_check`);
    await queryRunner.query(`UPDATE cost_agreement_versions SET reason = reason_key WHERE reason_key IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE cost_agreement_versions DROP COLUMN reason_params, DROP COLUMN reason_key`);
    await queryRunner.query(`
      ALTER TABLE feature_request_transitions
        DROP CONSTRAINT feature_request_transitions_reason_text_check,
        DROP CONSTRAINT feature_request_transitions_reason_key_check`);
    await queryRunner.query(`UPDATE feature_request_transitions SET reason = reason_key WHERE reason_key IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE feature_request_transitions DROP COLUMN reason_params, DROP COLUMN reason_key`,
    );
    await queryRunner.query(`
      ALTER TABLE ledger_transactions
        DROP CONSTRAINT ledger_transactions_description_text_check,
        DROP CONSTRAINT ledger_transactions_description_key_check`);
    // The ledger is append-only (a trigger refuses updates); going back is the one rewrite it allows.
    await queryRunner.query(`ALTER TABLE ledger_transactions DISABLE TRIGGER ledger_transactions_append_only`);
    await queryRunner.query(`UPDATE ledger_transactions SET description = description_key WHERE description IS NULL`);
    await queryRunner.query(`ALTER TABLE ledger_transactions ENABLE TRIGGER ledger_transactions_append_only`);
    await queryRunner.query(`
      ALTER TABLE ledger_transactions
        DROP COLUMN description_params, DROP COLUMN description_key, ALTER COLUMN description SET NOT NULL`);
  }
}
