import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { repoRoot } from '../common/config/config';
import { resolvers } from '../resolvers';

export const schemaFile = path.join(repoRoot, 'server', 'schema.gql');

/** Prints the code-first schema; `--check` fails when the committed server/schema.gql differs. */
async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
  await app.close();
  const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
  if (process.argv.includes('--check')) {
    const committed = await readFile(schemaFile, 'utf8').catch(() => '');
    if (committed !== printed) {
      console.error(
        'server/schema.gql differs from the schema the code generates: run `npm run schema:generate` and commit it.',
      );
      process.exit(1);
    }
    console.log('server/schema.gql is up to date.');
    return;
  }
  await writeFile(schemaFile, printed);
  console.log(`Wrote ${path.relative(repoRoot, schemaFile)}`);
}

void main();
