import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cost-sharing agreements and the module catalogue. An agreement's business facts (total, method, who takes
 * part with which share, contract status) live here; the money it moves lives only in the ledger (its
 * COST_SHARE transaction, linked from the version that was posted). Every split is kept as a version, so a
 * re-split shows before and after per member.
 */
export class Agreements1763790530000 implements MigrationInterface {
  name = 'Agreements1763790530000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        annual_cost_cents bigint CHECK (annual_cost_cents > 0),
        provider_organisation_id uuid REFERENCES organisations (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT modules_partnership_name_key UNIQUE (partnership_id, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE module_uses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        since date NOT NULL,
        until date,
        CONSTRAINT module_uses_dates_check CHECK (until IS NULL OR until >= since)
      )`);
    // One open use per member and module: switching a module on twice is one use.
    await queryRunner.query(
      `CREATE UNIQUE INDEX module_uses_open_key ON module_uses (module_id, organisation_id) WHERE until IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX module_uses_module ON module_uses (module_id, since)`);

    await queryRunner.query(`
      CREATE TABLE cost_agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        feature_request_id uuid REFERENCES feature_requests (id),
        module_id uuid REFERENCES modules (id),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        total_cents bigint NOT NULL CHECK (total_cents > 0),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SENT','FINANCED','CANCELLED')),
        provider_organisation_id uuid NOT NULL REFERENCES organisations (id),
        recurring boolean NOT NULL DEFAULT false,
        year integer CHECK (year BETWEEN 2000 AND 2200),
        current_version integer NOT NULL DEFAULT 1 CHECK (current_version >= 1),
        financed_at timestamptz,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cost_agreements_recurring_check CHECK (recurring = (module_id IS NOT NULL AND year IS NOT NULL)),
        CONSTRAINT cost_agreements_subject_check CHECK ((feature_request_id IS NULL) <> (module_id IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX cost_agreements_partnership ON cost_agreements (partnership_id, created_at, id)`,
    );
    // A request has at most one live agreement; a module one split per year.
    await queryRunner.query(
      `CREATE UNIQUE INDEX cost_agreements_request_key ON cost_agreements (feature_request_id) WHERE feature_request_id IS NOT NULL AND status <> 'CANCELLED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX cost_agreements_module_year_key ON cost_agreements (module_id, year) WHERE recurring`,
    );

    await queryRunner.query(`
      CREATE TABLE cost_agreement_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES cost_agreements (id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        method text NOT NULL CHECK (method IN ('EQUAL','POPULATION','WEIGHTS','PERCENTAGES','FEE','FIXED')),
        total_cents bigint NOT NULL CHECK (total_cents > 0),
        reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
        transaction_id uuid REFERENCES ledger_transactions (id),
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cost_agreement_versions_agreement_version_key UNIQUE (agreement_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE cost_shares (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES cost_agreement_versions (id) ON DELETE CASCADE,
        agreement_id uuid NOT NULL REFERENCES cost_agreements (id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        position integer NOT NULL CHECK (position >= 0),
        amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
        basis bigint NOT NULL CHECK (basis > 0),
        exact_cents text NOT NULL CHECK (exact_cents ~ '^[0-9]+(/[0-9]+)?$'),
        rounded_up boolean NOT NULL DEFAULT false,
        CONSTRAINT cost_shares_version_organisation_key UNIQUE (version_id, organisation_id)
      )`);
    await queryRunner.query(`CREATE INDEX cost_shares_organisation ON cost_shares (partnership_id, organisation_id)`);
    await queryRunner.query(`
      CREATE TABLE cost_contracts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES cost_agreements (id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SENT','SIGNED','DECLINED','REMOVED')),
        sent_at timestamptz,
        decided_at timestamptz,
        decided_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        decline_reason text CHECK (length(decline_reason) <= 1000),
        CONSTRAINT cost_contracts_agreement_organisation_key UNIQUE (agreement_id, organisation_id),
        CONSTRAINT cost_contracts_decided_check CHECK ((status IN ('SIGNED','DECLINED')) = (decided_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX cost_contracts_organisation ON cost_contracts (partnership_id, organisation_id)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE cost_contracts`);
    await queryRunner.query(`DROP TABLE cost_shares`);
    await queryRunner.query(`DROP TABLE cost_agreement_versions`);
    await queryRunner.query(`DROP TABLE cost_agreements`);
    await queryRunner.query(`DROP TABLE module_uses`);
    await queryRunner.query(`DROP TABLE modules`);
  }
}
