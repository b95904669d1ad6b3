import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The development fund (Masterportal's Entwicklungsfonds): settings and purposes per partnership, and the
 * business facts of contributions, allocations and disbursements. The money itself is only in the ledger:
 * each record points at the ledger transaction that moved it, and every balance is a sum over entries.
 * finance_accounts.purpose_id gets its foreign key to the purposes here.
 */
export class Fund1763790510000 implements MigrationInterface {
  name = 'Fund1763790510000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One row per partnership, created on first use together with the default purposes; also the row the
    // fund's writers lock, so checks over several balances (minimum, availability) are serialised.
    await queryRunner.query(`
      CREATE TABLE fund_settings (
        partnership_id uuid PRIMARY KEY REFERENCES partnerships (id) ON DELETE CASCADE,
        minimum_contribution_cents bigint NOT NULL DEFAULT 100000,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fund_settings_minimum_check CHECK (minimum_contribution_cents BETWEEN 0 AND 999999999999999)
      )`);

    await queryRunner.query(`
      CREATE TABLE fund_purposes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        key text NOT NULL,
        label_de text NOT NULL,
        label_en text NOT NULL,
        position integer NOT NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fund_purposes_key_check CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
        CONSTRAINT fund_purposes_label_de_check CHECK (length(btrim(label_de)) BETWEEN 1 AND 120),
        CONSTRAINT fund_purposes_label_en_check CHECK (length(btrim(label_en)) BETWEEN 1 AND 120),
        CONSTRAINT fund_purposes_position_check CHECK (position >= 1),
        CONSTRAINT fund_purposes_key_key UNIQUE (partnership_id, key),
        CONSTRAINT fund_purposes_partnership_id_key UNIQUE (partnership_id, id)
      )`);
    await queryRunner.query(
      `ALTER TABLE finance_accounts ADD CONSTRAINT finance_accounts_purpose_id_fkey FOREIGN KEY (partnership_id, purpose_id) REFERENCES fund_purposes (partnership_id, id)`,
    );

    await queryRunner.query(`
      CREATE TABLE fund_contributions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        purpose_id uuid,
        year integer NOT NULL,
        amount_cents bigint NOT NULL,
        received_on date NOT NULL,
        transaction_id uuid NOT NULL UNIQUE REFERENCES ledger_transactions (id),
        recorded_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fund_contributions_purpose_fkey FOREIGN KEY (partnership_id, purpose_id) REFERENCES fund_purposes (partnership_id, id),
        CONSTRAINT fund_contributions_amount_check CHECK (amount_cents > 0),
        CONSTRAINT fund_contributions_year_check CHECK (year = extract(year FROM received_on)::integer)
      )`);
    await queryRunner.query(
      `CREATE INDEX fund_contributions_contributor ON fund_contributions (partnership_id, organisation_id, year)`,
    );

    await queryRunner.query(`
      CREATE TABLE fund_allocations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id),
        purpose_id uuid NOT NULL,
        feature_request_id uuid REFERENCES feature_requests (id),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        amount_cents bigint NOT NULL,
        status text NOT NULL DEFAULT 'PROPOSED',
        vote_id uuid REFERENCES votes (id) ON DELETE SET NULL,
        decision_id uuid REFERENCES decisions (id) ON DELETE SET NULL,
        agenda_item_id uuid REFERENCES agenda_items (id) ON DELETE SET NULL,
        transaction_id uuid UNIQUE REFERENCES ledger_transactions (id),
        outcome text,
        refusal_reason text,
        decided_at timestamptz,
        proposed_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fund_allocations_purpose_fkey FOREIGN KEY (partnership_id, purpose_id) REFERENCES fund_purposes (partnership_id, id),
        CONSTRAINT fund_allocations_title_check CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT fund_allocations_amount_check CHECK (amount_cents > 0),
        CONSTRAINT fund_allocations_status_check CHECK (status IN ('PROPOSED','APPROVED','REJECTED','WITHDRAWN')),
        CONSTRAINT fund_allocations_approved_check CHECK ((status = 'APPROVED') = (transaction_id IS NOT NULL)),
        CONSTRAINT fund_allocations_refusal_check CHECK (refusal_reason IS NULL OR refusal_reason IN ('VOTE','INSUFFICIENT_FUNDS'))
      )`);
    await queryRunner.query(
      `CREATE INDEX fund_allocations_partnership ON fund_allocations (partnership_id, created_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX fund_allocations_pending ON fund_allocations (partnership_id) WHERE status = 'PROPOSED'`,
    );
    await queryRunner.query(
      `CREATE INDEX fund_allocations_vote ON fund_allocations (vote_id) WHERE vote_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX fund_allocations_agenda_item ON fund_allocations (agenda_item_id) WHERE agenda_item_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE fund_disbursements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id),
        allocation_id uuid NOT NULL REFERENCES fund_allocations (id),
        provider_organisation_id uuid NOT NULL REFERENCES organisations (id),
        amount_cents bigint NOT NULL,
        paid_on date NOT NULL,
        transaction_id uuid NOT NULL UNIQUE REFERENCES ledger_transactions (id),
        recorded_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fund_disbursements_amount_check CHECK (amount_cents > 0)
      )`);
    await queryRunner.query(`CREATE INDEX fund_disbursements_allocation ON fund_disbursements (allocation_id)`);

    // The dashboard reads the fund's transactions of one partnership (a small part of a large ledger)
    // straight from this index, then their entries by transaction id.
    await queryRunner.query(`
      CREATE INDEX ledger_transactions_fund ON ledger_transactions (partnership_id, source_type)
        INCLUDE (kind, booked_on, counterparty_organisation_id, reverses_id)
        WHERE source_type IN ('FUND_CONTRIBUTION','FUND_ALLOCATION')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ledger_transactions_fund`);
    await queryRunner.query(`DROP TABLE fund_disbursements`);
    await queryRunner.query(`DROP TABLE fund_allocations`);
    await queryRunner.query(`DROP TABLE fund_contributions`);
    await queryRunner.query(`ALTER TABLE finance_accounts DROP CONSTRAINT finance_accounts_purpose_id_fkey`);
    await queryRunner.query(`DROP TABLE fund_purposes`);
    await queryRunner.query(`DROP TABLE fund_settings`);
  }
}
