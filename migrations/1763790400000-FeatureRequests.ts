import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feature requests on each partnership's own workflow: the workflow as data, the requests (numbered per
 * partnership, searchable in German and by trigrams), their timeline, interest declarations, comments,
 * subscriptions and in-app notifications. Votes learn a second subject type, FEATURE_REQUEST.
 */
export class FeatureRequests1763790400000 implements MigrationInterface {
  name = 'FeatureRequests1763790400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // unaccent() is only STABLE (its dictionary could change), so an index cannot use it directly; this
    // wrapper names the dictionary and is declared IMMUTABLE, the usual way to index unaccented text.
    await queryRunner.query(`
      CREATE FUNCTION allmende_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await queryRunner.query(`
      CREATE TABLE partnership_workflows (
        partnership_id uuid PRIMARY KEY REFERENCES partnerships (id) ON DELETE CASCADE,
        template text NOT NULL,
        definition jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE feature_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        kind text NOT NULL CHECK (kind IN ('FEATURE','BUG_FIX','SECURITY','DOCUMENTATION','OPTIMISATION')),
        target text NOT NULL CHECK (target IN ('CORE','MODULE','UNDECIDED')),
        funding_route text NOT NULL CHECK (funding_route IN ('ALL_MEMBERS','SUBGROUP','SINGLE_MEMBER','DEVELOPMENT_FUND')),
        stage text NOT NULL,
        submitted_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        membership_id uuid REFERENCES memberships (id) ON DELETE SET NULL,
        duplicate_of_id uuid REFERENCES feature_requests (id) ON DELETE SET NULL,
        survey_deadline timestamptz,
        survey_closed_at timestamptz,
        assessment_feasible boolean,
        assessment_core_capable boolean,
        assessment_notes text,
        assessed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        assessed_at timestamptz,
        effort_person_days numeric(8,1) CHECK (effort_person_days >= 0),
        amount_cents bigint CHECK (amount_cents >= 0),
        provider_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
        offer_document_url text,
        estimated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        estimated_at timestamptz,
        decision_id uuid REFERENCES decisions (id) ON DELETE SET NULL,
        vote_id uuid REFERENCES votes (id) ON DELETE SET NULL,
        agenda_item_id uuid REFERENCES agenda_items (id) ON DELETE SET NULL,
        decision_outcome text CHECK (decision_outcome IN ('ACCEPTED','REJECTED','VETOED','NO_QUORUM')),
        decided_at timestamptz,
        financed_at timestamptz,
        financed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        release_version text CHECK (length(release_version) <= 40),
        changelog_entry text CHECK (length(changelog_entry) <= 5000),
        released_at timestamptz,
        developed_outside boolean NOT NULL DEFAULT false,
        interest_count integer NOT NULL DEFAULT 0 CHECK (interest_count >= 0),
        search tsvector GENERATED ALWAYS AS (to_tsvector('german', title || ' ' || description)) STORED,
        title_norm text GENERATED ALWAYS AS (allmende_unaccent(lower(title))) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT feature_requests_partnership_number_key UNIQUE (partnership_id, number),
        CONSTRAINT feature_requests_duplicate_check CHECK (duplicate_of_id <> id)
      )`);
    // TypeORM reads a generated column's expression from its metadata table (information_schema formats
    // it differently), so that `db:migration:generate` sees the entity's expression unchanged.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS typeorm_metadata ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
    );
    await queryRunner.query(
      `INSERT INTO typeorm_metadata ("type", "database", "schema", "table", "name", "value") VALUES ('GENERATED_COLUMN', current_database(), 'public', 'feature_requests', 'search', $1)`,
      [`to_tsvector('german', title || ' ' || description)`],
    );
    await queryRunner.query(
      `INSERT INTO typeorm_metadata ("type", "database", "schema", "table", "name", "value") VALUES ('GENERATED_COLUMN', current_database(), 'public', 'feature_requests', 'title_norm', $1)`,
      [`allmende_unaccent(lower(title))`],
    );
    await queryRunner.query(`CREATE INDEX feature_requests_search ON feature_requests USING gin (search)`);
    // Similar titles within one partnership: a GIN trigram index over every partnership's titles matched
    // thousands of rows elsewhere (bench:requests: 160 ms), comparing a large partnership's titles one by one
    // costs 100 ms; GiST over (partnership, title) finds the nearest titles of one partnership (k-nearest
    // neighbours by trigram distance), which needs btree_gist for the uuid column.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE INDEX feature_requests_partnership_title_trgm ON feature_requests USING gist (partnership_id, title_norm gist_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX feature_requests_partnership_stage ON feature_requests (partnership_id, stage)`,
    );
    await queryRunner.query(
      `CREATE INDEX feature_requests_partnership_interest ON feature_requests (partnership_id, interest_count, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX feature_requests_open_survey ON feature_requests (survey_deadline) WHERE survey_deadline IS NOT NULL AND survey_closed_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX feature_requests_duplicate_of_id ON feature_requests (duplicate_of_id)`);
    await queryRunner.query(`CREATE INDEX feature_requests_decision_id ON feature_requests (decision_id)`);
    await queryRunner.query(`CREATE INDEX feature_requests_agenda_item_id ON feature_requests (agenda_item_id)`);

    await queryRunner.query(`
      CREATE TABLE feature_request_transitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES feature_requests (id) ON DELETE CASCADE,
        from_stage text,
        to_stage text NOT NULL,
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX feature_request_transitions_request_at ON feature_request_transitions (request_id, at)`,
    );

    await queryRunner.query(`
      CREATE TABLE interest_declarations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES feature_requests (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SUPPORT','WILL_USE','WILL_CO_FUND')),
        co_fund_up_to_cents bigint CHECK (co_fund_up_to_cents > 0),
        declared_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        declared_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT interest_declarations_request_membership_key UNIQUE (request_id, membership_id),
        CONSTRAINT interest_declarations_co_fund_check CHECK ((kind = 'WILL_CO_FUND') = (co_fund_up_to_cents IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX interest_declarations_membership_id ON interest_declarations (membership_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE feature_request_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES feature_requests (id) ON DELETE CASCADE,
        author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX feature_request_comments_request_created ON feature_request_comments (request_id, created_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE feature_request_subscriptions (
        request_id uuid NOT NULL REFERENCES feature_requests (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, user_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX feature_request_subscriptions_user_id ON feature_request_subscriptions (user_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        request_id uuid REFERENCES feature_requests (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('REQUEST_TRANSITION','REQUEST_COMMENT','REQUEST_MERGED')),
        text text NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX notifications_user_created ON notifications (user_id, created_at, id)`);

    // A vote can now decide a feature request, too.
    await queryRunner.query(`ALTER TABLE votes DROP CONSTRAINT votes_subject_type_check`);
    await queryRunner.query(
      `ALTER TABLE votes ADD CONSTRAINT votes_subject_type_check CHECK (subject_type IN ('MEMBERSHIP_APPLICATION','FEATURE_REQUEST'))`,
    );
    // An agenda item can carry what its vote decides and the rule the subject's process prescribes; the
    // vote opened on it copies both, so a request put on a session's agenda is decided by that vote.
    await queryRunner.query(`
      ALTER TABLE agenda_items
        ADD COLUMN subject_type text CHECK (subject_type IN ('MEMBERSHIP_APPLICATION','FEATURE_REQUEST')),
        ADD COLUMN subject_id uuid,
        ADD COLUMN rule_preset text CHECK (rule_preset IN ('SIMPLE_MAJORITY','ABSOLUTE_MAJORITY','TWO_THIRDS','THREE_QUARTERS','UNANIMITY')),
        ADD CONSTRAINT agenda_items_subject_check CHECK ((subject_type IS NULL) = (subject_id IS NULL))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE agenda_items DROP CONSTRAINT agenda_items_subject_check, DROP COLUMN rule_preset, DROP COLUMN subject_id, DROP COLUMN subject_type`,
    );
    await queryRunner.query(
      `UPDATE votes SET subject_type = NULL, subject_id = NULL WHERE subject_type = 'FEATURE_REQUEST'`,
    );
    await queryRunner.query(`ALTER TABLE votes DROP CONSTRAINT votes_subject_type_check`);
    await queryRunner.query(
      `ALTER TABLE votes ADD CONSTRAINT votes_subject_type_check CHECK (subject_type IN ('MEMBERSHIP_APPLICATION'))`,
    );
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE feature_request_subscriptions`);
    await queryRunner.query(`DROP TABLE feature_request_comments`);
    await queryRunner.query(`DROP TABLE interest_declarations`);
    await queryRunner.query(`DROP TABLE feature_request_transitions`);
    await queryRunner.query(
      `DELETE FROM typeorm_metadata WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'feature_requests'`,
    );
    await queryRunner.query(`DROP TABLE feature_requests`);
    await queryRunner.query(`DROP TABLE partnership_workflows`);
    await queryRunner.query(`DROP FUNCTION allmende_unaccent(text)`);
  }
}
