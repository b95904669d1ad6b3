import request from 'supertest';
import { createTestApp, TestApp } from './support/test-app';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the process alive and the database reachable', async () => {
    const response = await request(t.app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('returns a request id, and echoes a well-formed one from the proxy', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('x-request-id', 'abc-123')
      .send({ query: '{ __typename }' });
    expect(response.headers['x-request-id']).toBe('abc-123');
  });

  it('maps an unexpected failure to INTERNAL_SERVER_ERROR without leaking its details', async () => {
    await (await t.owner()).query('ALTER TABLE partnerships RENAME TO partnerships_gone');
    try {
      const body = await t.gql('{ partnerships { totalCount } }');
      expect(body.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(body)).not.toContain('partnerships_gone');
    } finally {
      await (await t.owner()).query('ALTER TABLE partnerships_gone RENAME TO partnerships');
    }
  });
});
