import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import * as path from 'node:path';
import request from 'supertest';
import { webDist } from '../../server/src/app.module';
import { repoRoot } from '../../server/src/common/config/config';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let server: Server;
/** The entry chunk and the stylesheet index.html names, e.g. /assets/index-D1S8ui5t.js. */
let entryScript: string;
let entryStylesheet: string;

/** The body as bytes, whatever its type (supertest would parse it as text or leave it out). */
const bytes = (res: unknown, done: (error: Error | null, body: Buffer) => void) => {
  // superagent hands its parser the response stream (typed as its own Response).
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  // The server serves the portal only when web/dist exists at its start; a fresh clone has none before its build.
  if (!existsSync(path.join(webDist, 'index.html')) || !existsSync(path.join(webDist, 'favicon.ico'))) {
    const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', 'web'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`the portal build failed:\n${build.stdout}${build.stderr}`);
  }
  const html = readFileSync(path.join(webDist, 'index.html'), 'utf8');
  entryScript = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
  entryStylesheet = /<link rel="stylesheet"[^>]* href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
  expect(entryScript).not.toBe('');
  // Introspection gives a GraphQL answer large enough to be worth compressing.
  t = await createTestApp({ GRAPHQL_INTROSPECTION: 'true' });
  server = t.app.getHttpServer();
}, 300_000);

afterAll(async () => {
  await t?.close();
});

describe('delivery of the portal', () => {
  it('sends the entry chunk brotli-compressed to a browser that accepts br, gzip-compressed to one that accepts only gzip', async () => {
    const original = readFileSync(path.join(webDist, entryScript), 'utf8');

    const brotli = await request(server).get(entryScript).set('Accept-Encoding', 'gzip, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(brotli.headers['content-length'])).toBeLessThan(original.length / 2);
    expect(brotli.text).toBe(original);

    const gzip = await request(server).get(entryScript).set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(original);

    const plain = await request(server).get(entryScript).set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(original);
  });

  it('compresses GraphQL answers on the fly, as the client accepts', async () => {
    const query = { query: '{ __schema { types { name description } } }' };
    for (const [accepted, expected] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const res = await request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('Accept-Encoding', accepted)
        .send(query);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(expected);
      expect(res.body.data.__schema.types.length).toBeGreaterThan(50);
    }
  });

  it('lets browsers keep the hashed assets for a year and has them ask again for the portal page', async () => {
    for (const asset of [entryScript, entryStylesheet]) {
      const res = await request(server).get(asset).set('Accept-Encoding', 'br');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const page of ['/', '/index.html', '/anmelden', '/p/geoportal-verbund/anliegen/3']) {
      const res = await request(server).get(page).set('Accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain(entryScript);
    }
  });

  it('answers /favicon.ico with an icon, and index.html names it and the SVG icon', async () => {
    const res = await request(server).get('/favicon.ico').buffer(true).parse(bytes);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    // An ICO file starts with reserved 0, type 1 (icon).
    expect([...(res.body as Buffer).subarray(0, 4)]).toEqual([0, 0, 1, 0]);

    const svg = await request(server).get('/favicon.svg').buffer(true).parse(bytes);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect((svg.body as Buffer).toString('utf8')).toMatch(/^<svg /);

    const html = (await request(server).get('/')).text;
    expect(html).toContain('<link rel="icon" href="/favicon.ico"');
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
  });

  it('answers 404 for a file that does not exist instead of the portal page', async () => {
    for (const missing of ['/assets/x.js', '/assets/index-00000000.css', '/robots.txt', '/p/geoportal-verbund/x.png']) {
      const res = await request(server).get(missing);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).not.toMatch(/^text\/html/);
    }
    // The build's manifest is for the build scripts, not for the web.
    expect((await request(server).get('/.vite/manifest.json')).status).toBe(404);
  });
});
