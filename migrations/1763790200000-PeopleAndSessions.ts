import { MigrationInterface, QueryRunner } from 'typeorm';

/** People, server-side sessions, roles per partnership, invitations, password resets and the mail outbox. */
export class PeopleAndSessions1763790200000 implements MigrationInterface {
  name = 'PeopleAndSessions1763790200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
        display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
        password_hash text,
        preferred_language text NOT NULL DEFAULT 'DE' CHECK (preferred_language IN ('DE','EN')),
        is_platform_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_id ON sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE partnership_roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('REPRESENTATIVE','COMMUNITY_MANAGER','PRODUCT_OWNER','TREASURER','ADMIN','OBSERVER')),
        organisation_id uuid REFERENCES organisations (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partnership_roles_check CHECK ((role = 'REPRESENTATIVE') = (organisation_id IS NOT NULL)),
        CONSTRAINT partnership_roles_key UNIQUE NULLS NOT DISTINCT (partnership_id, user_id, role, organisation_id)
      )`);
    await queryRunner.query(`CREATE INDEX partnership_roles_user_id ON partnership_roles (user_id)`);
    await queryRunner.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        email citext NOT NULL,
        partnership_id uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('REPRESENTATIVE','COMMUNITY_MANAGER','PRODUCT_OWNER','TREASURER','ADMIN','OBSERVER')),
        organisation_id uuid REFERENCES organisations (id),
        invited_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitations_check CHECK ((role = 'REPRESENTATIVE') = (organisation_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX invitations_partnership_id ON invitations (partnership_id)`);
    await queryRunner.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE outbox_mails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_mails_created_at ON outbox_mails (created_at, id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outbox_mails', 'password_resets', 'invitations', 'partnership_roles', 'sessions', 'users']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
