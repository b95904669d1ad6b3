import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../../server/src/bootstrap';
import { loadConfig } from '../../../server/src/common/config/config';
import { TEMPLATE_DATABASE, withDatabase } from './database-url';

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  /** POSTs a GraphQL operation and returns the parsed body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string[]> } & Record<string, unknown> }[];
}

/** Boots the real app on a fresh database cloned from the migrated template: one per test file. */
export async function createTestApp(): Promise<TestApp> {
  const serverUrl = process.env.ALLMENDE_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('ALLMENDE_TEST_SERVER_URL is not set: run the integration tests through jest (npm test)');
  const database = `allmende_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await createApp(config, withDatabase(serverUrl, database));
  const server = app.getHttpServer();
  return {
    app,
    dataSource: app.get(DataSource),
    gql: async (query, variables) => {
      const response = await request(server).post('/graphql').set('content-type', 'application/json').send({ query, variables });
      return response.body;
    },
    close: async () => {
      await app.close();
      const cleanup = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
