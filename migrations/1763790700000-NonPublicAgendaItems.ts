import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Non-public agenda items (nichtöffentliche Tagesordnungspunkte): an item, its minutes and the votes opened on it
 * reach only the partnership's members when `public` is false (`server/src/committees/agenda-visibility.ts`).
 *
 * No column default: every writer (`server/src/committees/agenda.service.ts`, the demo seed) decides. Existing
 * items get the default a new item of their kind and subject gets (`publicByDefault`): items about a fund
 * allocation or a membership application are non-public, all others public, as they were until now.
 */
export class NonPublicAgendaItems1763790700000 implements MigrationInterface {
  name = 'NonPublicAgendaItems1763790700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agenda_items ADD COLUMN public boolean`);
    await queryRunner.query(
      `UPDATE agenda_items SET public = coalesce(subject_type NOT IN ('FUND_ALLOCATION', 'MEMBERSHIP_APPLICATION'), true)`,
    );
    await queryRunner.query(`ALTER TABLE agenda_items ALTER COLUMN public SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agenda_items DROP COLUMN public`);
  }
}
