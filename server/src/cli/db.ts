import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { seedDemo } from '../../../seeds/seed';
import { ConfigError, loadConfig, repoRoot } from '../common/config/config';
import { dataSourceOptions } from '../data-source-options';
import { resolveDatabase } from '../common/database/resolve-database';
import { grantAfterMigrations, migrate } from '../migrate';

const usage = 'usage: db <migrate | revert | seed | generate <PascalCaseName>>';

/**
 * `npm run db:migrate`, `db:revert`, `db:migration:generate -- Name` and `seed`, on DATABASE_URL or the embedded
 * database, as the schema's owner (MIGRATION_DATABASE_URL, or the embedded database's owner role); migrate and
 * revert leave the app role's rights up to date.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (!['migrate', 'revert', 'seed', 'generate'].includes(command)) throw new ConfigError(usage);
  if (command === 'generate' && !/^[A-Z][A-Za-z0-9]*$/.test(name ?? '')) {
    throw new ConfigError(`generate needs a PascalCase migration name such as AddCommittees, got "${name ?? ''}"`);
  }
  const config = loadConfig();
  const database = await resolveDatabase(config, (message) => console.log(message));
  const dataSource = new DataSource(dataSourceOptions(database.migrationUrl ?? database.url));
  try {
    if (command === 'migrate') {
      const applied = await migrate(database);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
      return;
    }
    await dataSource.initialize();
    if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      await grantAfterMigrations(dataSource, database);
      console.log('Reverted the last migration.');
    } else if (command === 'seed') {
      const counts = await seedDemo(dataSource, { onlyIfEmpty: false });
      console.log(`Demo data written: ${JSON.stringify(counts)}`);
    } else {
      await generate(dataSource, name);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

/** Writes the SQL that brings the migrated database to the entities' shape, for review. */
async function generate(dataSource: DataSource, name: string): Promise<void> {
  const pending = await dataSource.showMigrations();
  if (pending) throw new ConfigError('There are pending migrations: run `npm run db:migrate` first.');
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('The entities match the database: no migration needed.');
    return;
  }
  const timestamp = Date.now();
  const quote = (query: string) => `    await queryRunner.query(\`${query.replace(/`/g, '\\`')}\`);`;
  const file = path.join(repoRoot, 'migrations', `${timestamp}-${name}.ts`);
  await writeFile(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((q) => quote(q.query)).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((q) => quote(q.query))
  .join('\n')}
  }
}
`,
  );
  console.log(`Wrote ${path.relative(repoRoot, file)}: review the SQL before committing.`);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
