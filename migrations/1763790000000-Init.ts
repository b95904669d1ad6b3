import { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions for search (trigram, accents, case-insensitive text) and the first domain slice. */
export class Init1763790000000 implements MigrationInterface {
  name = 'Init1763790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);

    await queryRunner.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY','COUNTY','STATE','FEDERAL_AGENCY','MUNICIPAL_COMPANY','IT_SERVICE_PROVIDER','ASSOCIATION','UNIVERSITY')),
        population integer CHECK (population >= 0),
        official_municipality_key text CHECK (official_municipality_key ~ '^[0-9]{8}$'),
        state text CHECK (state IN ('BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH')),
        publicly_owned boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX organisations_official_municipality_key_key ON organisations (official_municipality_key) WHERE official_municipality_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX organisations_name_trgm ON organisations USING gin (lower(name) gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX organisations_name_id ON organisations (name, id)`);

    await queryRunner.query(`
      CREATE TABLE partnerships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug citext NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 63),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        product_name text NOT NULL CHECK (length(btrim(product_name)) > 0),
        description text NOT NULL DEFAULT '',
        governance_model text NOT NULL CHECK (governance_model IN ('COMMUNITY_CENTRED','HYBRID','PROVIDER_DRIVEN','MUNICIPAL_PROVIDER')),
        product_owner_organisation_id uuid REFERENCES organisations (id),
        community_management_organisation_id uuid REFERENCES organisations (id),
        fiscal_year_start_month smallint NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
        public_transparency boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX partnerships_name_id ON partnerships (name, id)`);

    await queryRunner.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        status text NOT NULL CHECK (status IN ('APPLIED','ACTIVE','SUSPENDED','LEFT','REJECTED')),
        voting boolean NOT NULL DEFAULT true,
        vote_weight numeric(7,3) NOT NULL DEFAULT 1 CHECK (vote_weight > 0),
        veto_right boolean NOT NULL DEFAULT false,
        joined_on date,
        left_on date CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_partnership_organisation_key UNIQUE (partnership_id, organisation_id)
      )`);
    await queryRunner.query(`CREATE INDEX memberships_organisation_id ON memberships (organisation_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE memberships`);
    await queryRunner.query(`DROP TABLE partnerships`);
    await queryRunner.query(`DROP TABLE organisations`);
    // The extensions stay: other databases objects may use them, and dropping them needs superuser rights.
  }
}
