import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Committees with seats, committee sessions (agenda, attendance, minutes), votes with their copied rule,
 * open and secret ballots, joint decisions of several committees, and membership applications.
 */
export class CommitteesAndVotes1763790300000 implements MigrationInterface {
  name = 'CommitteesAndVotes1763790300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE committees (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        kind text NOT NULL CHECK (kind IN ('GENERAL_ASSEMBLY','STRATEGIC_COMMITTEE','TECHNICAL_COMMITTEE','WORKING_GROUP','COMMUNITY_CALL','ADVISORY_BOARD')),
        description text NOT NULL DEFAULT '',
        votes boolean NOT NULL DEFAULT true,
        cadence text NOT NULL CHECK (cadence IN ('WEEKLY','MONTHLY','QUARTERLY','HALF_YEARLY','YEARLY','AS_NEEDED')),
        default_rule jsonb NOT NULL,
        default_rule_name text NOT NULL,
        seats_for_all_members boolean NOT NULL DEFAULT true,
        feed_token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committees_partnership_name_key UNIQUE (partnership_id, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE committee_seats (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        committee_id uuid NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('VOTING','ADVISORY')),
        chair boolean NOT NULL DEFAULT false,
        started_on date NOT NULL DEFAULT current_date,
        ended_on date,
        CONSTRAINT committee_seats_check CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX committee_seats_active_key ON committee_seats (committee_id, membership_id) WHERE ended_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX committee_seats_one_chair ON committee_seats (committee_id) WHERE chair AND ended_on IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX committee_seats_membership_id ON committee_seats (membership_id)`);

    await queryRunner.query(`
      CREATE TABLE committee_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        committee_id uuid NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text NOT NULL DEFAULT '',
        video_url text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','IN_PROGRESS','CLOSED','CANCELLED')),
        invitations_sent_at timestamptz,
        opened_at timestamptz,
        closed_at timestamptz,
        minutes_approved_in_session_id uuid REFERENCES committee_sessions (id) ON DELETE SET NULL,
        minutes_approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_sessions_check CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX committee_sessions_committee_starts ON committee_sessions (committee_id, starts_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE agenda_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES committee_sessions (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN ('INFORMATION','DISCUSSION','DECISION')),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        minutes text NOT NULL DEFAULT '',
        CONSTRAINT agenda_items_session_position_key UNIQUE (session_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await queryRunner.query(`
      CREATE TABLE attendances (
        session_id uuid NOT NULL REFERENCES committee_sessions (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        present boolean NOT NULL,
        proxy_membership_id uuid REFERENCES memberships (id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, membership_id),
        CONSTRAINT attendances_check CHECK (proxy_membership_id IS NULL OR (NOT present AND proxy_membership_id <> membership_id))
      )`);

    await queryRunner.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE votes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        committee_id uuid NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
        session_id uuid REFERENCES committee_sessions (id) ON DELETE CASCADE,
        agenda_item_id uuid REFERENCES agenda_items (id) ON DELETE SET NULL,
        decision_id uuid REFERENCES decisions (id) ON DELETE SET NULL,
        subject_type text CHECK (subject_type IN ('MEMBERSHIP_APPLICATION')),
        subject_id uuid,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        procedure text NOT NULL CHECK (procedure IN ('SESSION','WRITTEN')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED','CANCELLED')),
        rule jsonb NOT NULL,
        rule_name text NOT NULL,
        entitled jsonb NOT NULL,
        attendance jsonb,
        opened_at timestamptz NOT NULL DEFAULT now(),
        deadline timestamptz,
        closed_at timestamptz,
        close_reason text CHECK (close_reason IN ('MANUAL','DEADLINE','EARLY','CANCELLED')),
        outcome text CHECK (outcome IN ('ACCEPTED','REJECTED','NO_QUORUM','VETOED')),
        result jsonb,
        receipts text[],
        opened_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        closed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT votes_procedure_fields_check CHECK ((procedure = 'WRITTEN') = (deadline IS NOT NULL) AND (procedure = 'SESSION') = (session_id IS NOT NULL)),
        CONSTRAINT votes_closed_check CHECK ((status = 'OPEN') = (closed_at IS NULL)),
        CONSTRAINT votes_subject_check CHECK ((subject_type IS NULL) = (subject_id IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX votes_open_deadline ON votes (deadline) WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX votes_partnership_opened ON votes (partnership_id, opened_at DESC)`);
    await queryRunner.query(`CREATE INDEX votes_session_id ON votes (session_id)`);
    await queryRunner.query(`CREATE INDEX votes_committee_id ON votes (committee_id)`);
    await queryRunner.query(`CREATE INDEX votes_decision_id ON votes (decision_id)`);

    // Open ballots: one row per entitled member and vote. The revision comes from a sequence, so that live
    // tallies can tell an older snapshot from a newer one without serialising the casts.
    await queryRunner.query(`CREATE SEQUENCE ballot_revisions`);
    await queryRunner.query(`
      CREATE TABLE ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vote_id uuid NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id),
        choice text NOT NULL CHECK (choice IN ('YES','NO','ABSTAIN')),
        cast_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        by_proxy boolean NOT NULL DEFAULT false,
        receipt text NOT NULL UNIQUE,
        revision bigint NOT NULL DEFAULT nextval('ballot_revisions'),
        cast_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz,
        audited boolean NOT NULL DEFAULT false,
        CONSTRAINT ballots_vote_membership_key UNIQUE (vote_id, membership_id)
      )`);
    // Secret votes: who took part, and the sums of the choices, in two tables with no shared key, no
    // timestamps and no per-ballot rows; receipts are kept sorted, so their order says nothing either.
    await queryRunner.query(`
      CREATE TABLE secret_participations (
        vote_id uuid NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
        membership_id uuid NOT NULL REFERENCES memberships (id),
        audited boolean NOT NULL DEFAULT false,
        PRIMARY KEY (vote_id, membership_id)
      )`);
    // Ballots reach the audit chain in batches (one chain lock per batch, not per ballot).
    await queryRunner.query(`CREATE INDEX ballots_unaudited ON ballots (revision) WHERE NOT audited`);
    await queryRunner.query(
      `CREATE INDEX secret_participations_unaudited ON secret_participations (vote_id) WHERE NOT audited`,
    );
    await queryRunner.query(`
      CREATE TABLE secret_ballot_boxes (
        vote_id uuid PRIMARY KEY REFERENCES votes (id) ON DELETE CASCADE,
        yes_weight bigint NOT NULL DEFAULT 0,
        no_weight bigint NOT NULL DEFAULT 0,
        abstain_weight bigint NOT NULL DEFAULT 0,
        yes_count integer NOT NULL DEFAULT 0,
        no_count integer NOT NULL DEFAULT 0,
        abstain_count integer NOT NULL DEFAULT 0,
        revision integer NOT NULL DEFAULT 0,
        receipts text[] NOT NULL DEFAULT '{}'
      )`);

    await queryRunner.query(
      `ALTER TABLE partnerships ADD COLUMN admission text NOT NULL DEFAULT 'DIRECT' CHECK (admission IN ('DIRECT','VOTE'))`,
    );
    await queryRunner.query(
      `ALTER TABLE partnerships ADD COLUMN admission_committee_id uuid REFERENCES committees (id) ON DELETE SET NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE membership_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisations (id),
        organisation_name text NOT NULL CHECK (length(btrim(organisation_name)) BETWEEN 1 AND 200),
        organisation_kind text NOT NULL,
        state text,
        population integer CHECK (population >= 0),
        contact_name text NOT NULL CHECK (length(btrim(contact_name)) BETWEEN 1 AND 120),
        contact_email citext NOT NULL CHECK (contact_email ~ '^[^@\\s]+@[^@\\s]+$'),
        statement text NOT NULL CHECK (length(btrim(statement)) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED','IN_VOTE','ADMITTED','REJECTED')),
        vote_id uuid REFERENCES votes (id) ON DELETE SET NULL,
        membership_id uuid REFERENCES memberships (id) ON DELETE SET NULL,
        decided_at timestamptz,
        decided_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX membership_applications_partnership ON membership_applications (partnership_id, created_at DESC)`,
    );

    await queryRunner.query(`ALTER TABLE outbox_mails ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox_mails DROP COLUMN attachments`);
    await queryRunner.query(`DROP TABLE membership_applications`);
    await queryRunner.query(`ALTER TABLE partnerships DROP COLUMN admission_committee_id`);
    await queryRunner.query(`ALTER TABLE partnerships DROP COLUMN admission`);
    await queryRunner.query(`DROP TABLE secret_ballot_boxes`);
    await queryRunner.query(`DROP TABLE secret_participations`);
    await queryRunner.query(`DROP TABLE ballots`);
    await queryRunner.query(`DROP SEQUENCE ballot_revisions`);
    await queryRunner.query(`DROP TABLE votes`);
    await queryRunner.query(`DROP TABLE decisions`);
    await queryRunner.query(`DROP TABLE attendances`);
    await queryRunner.query(`DROP TABLE agenda_items`);
    await queryRunner.query(`DROP TABLE committee_sessions`);
    await queryRunner.query(`DROP TABLE committee_seats`);
    await queryRunner.query(`DROP TABLE committees`);
  }
}
