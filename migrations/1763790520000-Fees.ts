import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership fees: one fee schedule per partnership (base year, indexation, rounding, pro-rata) with its tiers
 * by organisation kind and population, the yearly invoices (one per member and year, numbered per partnership
 * and year) and the payments. Invoices and payments store the business facts; what is paid or outstanding is
 * summed from the ledger, never stored here.
 */
export class Fees1763790520000 implements MigrationInterface {
  name = 'Fees1763790520000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE fee_schedules (
        partnership_id uuid PRIMARY KEY REFERENCES partnerships (id) ON DELETE CASCADE,
        base_year int NOT NULL CONSTRAINT fee_schedules_base_year_check CHECK (base_year BETWEEN 2000 AND 2100),
        indexation_basis_points int NOT NULL DEFAULT 0 CONSTRAINT fee_schedules_indexation_check CHECK (indexation_basis_points BETWEEN -5000 AND 5000),
        indexation_start_year int,
        rounding text NOT NULL DEFAULT 'CENT' CONSTRAINT fee_schedules_rounding_check CHECK (rounding IN ('CENT','EURO','TEN_EUROS','HUNDRED_EUROS')),
        pro_rata text NOT NULL DEFAULT 'MONTHS' CONSTRAINT fee_schedules_pro_rata_check CHECK (pro_rata IN ('NONE','MONTHS')),
        due_days int NOT NULL DEFAULT 30 CONSTRAINT fee_schedules_due_days_check CHECK (due_days BETWEEN 0 AND 365),
        updated_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fee_schedules_start_year_check CHECK (indexation_start_year IS NULL OR indexation_start_year >= base_year)
      )`);
    await queryRunner.query(`
      CREATE TABLE fee_tiers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES fee_schedules (partnership_id) ON DELETE CASCADE,
        position int NOT NULL,
        label text NOT NULL CONSTRAINT fee_tiers_label_check CHECK (length(btrim(label)) BETWEEN 1 AND 120),
        kinds text[] NOT NULL CONSTRAINT fee_tiers_kinds_check CHECK (cardinality(kinds) >= 1),
        min_population int CONSTRAINT fee_tiers_min_population_check CHECK (min_population >= 0),
        max_population int,
        amount_cents bigint NOT NULL CONSTRAINT fee_tiers_amount_cents_check CHECK (amount_cents >= 0),
        CONSTRAINT fee_tiers_population_check CHECK (min_population IS NULL OR max_population IS NULL OR min_population <= max_population),
        CONSTRAINT fee_tiers_position_key UNIQUE (partnership_id, position)
      )`);
    await queryRunner.query(`
      CREATE TABLE fee_invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        year int NOT NULL CONSTRAINT fee_invoices_year_check CHECK (year BETWEEN 2000 AND 2100),
        number text NOT NULL CONSTRAINT fee_invoices_number_check CHECK (number ~ '^[0-9]{4}-[0-9]{4,}$'),
        amount_cents bigint NOT NULL CONSTRAINT fee_invoices_amount_cents_check CHECK (amount_cents > 0),
        issued_on date NOT NULL,
        due_on date NOT NULL,
        explanation jsonb NOT NULL,
        transaction_id uuid NOT NULL REFERENCES ledger_transactions (id),
        created_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fee_invoices_member_year_key UNIQUE (partnership_id, organisation_id, year),
        CONSTRAINT fee_invoices_number_key UNIQUE (partnership_id, number),
        CONSTRAINT fee_invoices_partnership_id_key UNIQUE (partnership_id, id),
        CONSTRAINT fee_invoices_due_check CHECK (due_on >= issued_on)
      )`);
    await queryRunner.query(`CREATE INDEX fee_invoices_year ON fee_invoices (partnership_id, year, number)`);
    await queryRunner.query(`
      CREATE TABLE fee_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        invoice_id uuid,
        amount_cents bigint NOT NULL CONSTRAINT fee_payments_amount_cents_check CHECK (amount_cents > 0),
        received_on date NOT NULL,
        note text NOT NULL DEFAULT '' CONSTRAINT fee_payments_note_check CHECK (length(note) <= 500),
        transaction_id uuid NOT NULL REFERENCES ledger_transactions (id),
        created_by_user_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fee_payments_invoice_fkey FOREIGN KEY (partnership_id, invoice_id) REFERENCES fee_invoices (partnership_id, id)
      )`);
    await queryRunner.query(
      `CREATE INDEX fee_payments_invoice ON fee_payments (invoice_id) WHERE invoice_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX fee_payments_organisation ON fee_payments (partnership_id, organisation_id, received_on)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE fee_payments`);
    await queryRunner.query(`DROP TABLE fee_invoices`);
    await queryRunner.query(`DROP TABLE fee_tiers`);
    await queryRunner.query(`DROP TABLE fee_schedules`);
  }
}
