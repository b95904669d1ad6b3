import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operator's Impressum, privacy notice and accessibility statement, in German and English
 * (`server/src/legal-pages/`). A page without a row shows the platform's template, so a fresh installation has
 * all three pages from its first start and an operator's saved text is never overwritten by a newer template.
 */
export class LegalPages1763791000000 implements MigrationInterface {
  name = 'LegalPages1763791000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE legal_pages (
        kind text NOT NULL,
        language text NOT NULL,
        body text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_user_id uuid,
        CONSTRAINT legal_pages_pkey PRIMARY KEY (kind, language),
        CONSTRAINT legal_pages_kind_check CHECK (kind IN ('IMPRINT','PRIVACY','ACCESSIBILITY')),
        CONSTRAINT legal_pages_language_check CHECK (language IN ('DE','EN')),
        CONSTRAINT legal_pages_body_check CHECK (length(btrim(body)) > 0 AND length(body) <= 50000),
        CONSTRAINT legal_pages_updated_by_user_id_fkey FOREIGN KEY (updated_by_user_id)
          REFERENCES users (id) ON DELETE SET NULL
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE legal_pages`);
  }
}
