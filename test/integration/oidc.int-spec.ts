import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import request from 'supertest';
import { findFreePort } from '../../server/src/common/database/embedded-postgres';
import { createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const PUBLIC_URL = 'http://allmende.test';

/** A browser's cookie jar for the provider, good enough for its login and consent pages. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair.split('=');
      this.cookies.set(name.trim(), value.join('='));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Follows the provider's redirects and answers its development login and consent forms, until it sends the browser back to Allmende. */
async function logInAtProvider(authorizationUrl: string, email: string): Promise<string> {
  const jar = new Jar();
  let url = authorizationUrl;
  for (let step = 0; step < 12; step += 1) {
    if (url.startsWith(PUBLIC_URL)) return url;
    const interaction = /\/interaction\/([\w-]+)$/.exec(new URL(url).pathname);
    let response: Response;
    if (interaction) {
      const page = await fetch(url, { headers: { cookie: jar.header() }, redirect: 'manual' });
      jar.take(page);
      const html = await page.text();
      const form = html.includes('name="login"')
        ? new URLSearchParams({ prompt: 'login', login: email, password: 'any' })
        : new URLSearchParams({ prompt: 'consent' });
      response = await fetch(url, {
        method: 'POST',
        body: form,
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        redirect: 'manual',
      });
    } else {
      response = await fetch(url, { headers: { cookie: jar.header() }, redirect: 'manual' });
    }
    jar.take(response);
    const location = response.headers.get('location');
    if (!location)
      throw new Error(
        `the provider stopped at ${url} with ${response.status}: ${(await response.text()).slice(0, 300)}`,
      );
    url = new URL(location, url).toString();
  }
  throw new Error('too many redirects at the provider');
}

describe('sign-in through OpenID Connect (against a real oidc-provider)', () => {
  let t: TestApp;
  let provider: ChildProcess;

  beforeAll(async () => {
    const port = await findFreePort();
    provider = spawn(
      process.execPath,
      [path.join(__dirname, 'support', 'oidc-provider.mjs'), String(port), `${PUBLIC_URL}/auth/oidc/callback`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      provider.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      provider.once('exit', (code) => reject(new Error(`oidc-provider exited with ${code}`)));
    });
    t = await createTestApp({
      PUBLIC_URL,
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: 'allmende',
      OIDC_CLIENT_SECRET: 'allmende-test-secret',
    });
  });
  afterAll(async () => {
    await t.close();
    provider.kill();
  });

  async function signInThroughProvider(email: string, next = '/p/oidc-verbund') {
    const start = await request(t.app.getHttpServer()).get(`/auth/oidc/login?next=${encodeURIComponent(next)}`);
    expect(start.status).toBe(302);
    const pending = [start.headers['set-cookie']]
      .flat()
      .find((c: string) => c.startsWith('allmende_oidc='))!
      .split(';')[0];
    const back = new URL(await logInAtProvider(start.headers.location, email));
    const callback = await request(t.app.getHttpServer()).get(`${back.pathname}${back.search}`).set('cookie', pending);
    const session = [callback.headers['set-cookie'] ?? []]
      .flat()
      .find((c: string) => c.startsWith('allmende_session='));
    return { location: callback.headers.location as string, session: session?.split(';')[0] ?? null };
  }

  it('announces the method to the portal', async () => {
    expect((await t.gqlAs(null, `{ signInMethods { password oidc } }`)).data).toEqual({
      signInMethods: { password: true, oidc: true },
    });
  });

  it('signs in an existing account matched by its verified e-mail, and returns to the page it came from', async () => {
    await t.createUser('kommune@oidc.example');
    const { location, session } = await signInThroughProvider('kommune@oidc.example');
    expect(location).toBe('/p/oidc-verbund');
    expect((await t.gqlAs(session, `{ me { email } }`)).data).toEqual({ me: { email: 'kommune@oidc.example' } });
  });

  it('creates the account of an invited person on the first sign-in and gives it the invited role', async () => {
    const partnership = await createPartnership(t, { slug: 'oidc-verbund' });
    await t.gql(`mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { id } }`, {
      input: { partnershipId: partnership.id, email: 'neu@oidc.example', role: 'TREASURER' },
    });
    const { session } = await signInThroughProvider('neu@oidc.example');
    const me = await t.gqlAs(session, `{ me { email displayName roles { role partnership { slug } } } }`);
    expect(me.data).toEqual({
      me: {
        email: 'neu@oidc.example',
        displayName: 'OIDC neu',
        roles: [{ role: 'TREASURER', partnership: { slug: 'oidc-verbund' } }],
      },
    });
  });

  it('refuses an unverified e-mail and an address nobody invited, and never follows a redirect off the site', async () => {
    await t.createUser('unverified@oidc.example');
    expect(await signInThroughProvider('unverified@oidc.example')).toEqual({
      location: '/anmelden?oidc=unverified',
      session: null,
    });
    expect(await signInThroughProvider('fremd@oidc.example')).toEqual({
      location: '/anmelden?oidc=unknown',
      session: null,
    });
    await t.createUser('weiter@oidc.example');
    expect((await signInThroughProvider('weiter@oidc.example', '//evil.example/x')).location).toBe('/');
  });

  it('refuses a callback without the state it started with', async () => {
    const response = await request(t.app.getHttpServer()).get('/auth/oidc/callback?code=forged&state=forged');
    expect(response.headers.location).toBe('/anmelden?oidc=failed');
  });
});
