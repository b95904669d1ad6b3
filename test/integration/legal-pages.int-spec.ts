import { createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const PAGE = `query($kind: LegalPageKind!, $language: Language!) {
  legalPage(kind: $kind, language: $language) { kind language body isTemplate openPlaceholders updatedAt template }
}`;
const PAGES = `{ legalPages { kind language isTemplate openPlaceholders } }`;
const SET = `mutation($input: SetLegalPageInput!) {
  setLegalPage(input: $input) { kind language body isTemplate openPlaceholders updatedAt }
}`;

interface Page {
  kind: string;
  language: string;
  body: string;
  isTemplate: boolean;
  openPlaceholders: string[];
  updatedAt: string | null;
  template: string;
}

const IMPRINT_DE = `# Betreiber der Plattform

Stadt Beispielhausen\\
Rathausplatz 1, 00000 Beispielhausen

E-Mail: rathaus@beispielhausen.example`;

describe('legal pages', () => {
  let t: TestApp;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://allmende.beispielhausen.example' });
    // The platform admin the test app signs in at start, whose requests `t.gql` sends.
    adminId = (await t.gql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
  });
  afterAll(() => t.close());

  const read = async (kind: string, language: string): Promise<Page> =>
    (await t.ok<{ legalPage: Page }>(null, PAGE, { kind, language })).legalPage;

  const stored = async (): Promise<{ rows: number; events: number }> => {
    const [{ rows }] = await t.dataSource.query(`SELECT count(*)::int AS rows FROM legal_pages`);
    const [{ events }] = await t.dataSource.query(
      `SELECT count(*)::int AS events FROM audit_events WHERE chain_key = 'platform' AND subject_type = 'LegalPage'`,
    );
    return { rows, events };
  };

  it('shows every page in both languages to anyone, from the template until the operator saves one', async () => {
    const imprintDe = await read('IMPRINT', 'DE');
    expect(imprintDe).toMatchObject({ kind: 'IMPRINT', language: 'DE', isTemplate: true, updatedAt: null });
    expect(imprintDe.body).toContain('Angaben nach § 5 Digitale-Dienste-Gesetz (DDG)');
    expect(imprintDe.body).toBe(imprintDe.template);
    // What the operator still has to fill in, marked in the text and listed for the admin's notice.
    expect(imprintDe.body).toContain('[Bitte ergänzen: Postanschrift]');
    expect(imprintDe.openPlaceholders).toEqual(expect.arrayContaining(['Postanschrift', 'E-Mail-Adresse']));

    const imprintEn = await read('IMPRINT', 'EN');
    expect(imprintEn.body).toContain('Information under § 5 of the German Digital Services Act');
    expect(imprintEn.openPlaceholders).toEqual(expect.arrayContaining(['Postal address', 'E-mail address']));

    const privacy = await read('PRIVACY', 'DE');
    expect(privacy.body).toContain('Art. 13 der Datenschutz-Grundverordnung');

    const accessibility = await read('ACCESSIBILITY', 'EN');
    expect(accessibility.body).toContain('**partially compliant**');
    // The one fact the server knows itself: its address, from PUBLIC_URL.
    expect(accessibility.body).toContain('at https://allmende.beispielhausen.example.');
    expect(accessibility.openPlaceholders).not.toContain(
      'Web address of the platform, e.g. https://allmende.example.org',
    );
    expect(accessibility.openPlaceholders).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Contact for feedback on accessibility/)]),
    );

    const { legalPages } = await t.ok<{ legalPages: Page[] }>(null, PAGES);
    expect(legalPages.map((page) => `${page.kind}/${page.language}`)).toEqual([
      'IMPRINT/DE',
      'IMPRINT/EN',
      'PRIVACY/DE',
      'PRIVACY/EN',
      'ACCESSIBILITY/DE',
      'ACCESSIBILITY/EN',
    ]);
    expect(legalPages.every((page) => page.isTemplate)).toBe(true);
  });

  it('lets a platform admin set a page in one language, which everyone then reads, and records it', async () => {
    const before = await stored();
    const body = await t.gql<{ setLegalPage: Page }>(SET, {
      input: { kind: 'IMPRINT', language: 'DE', body: `  ${IMPRINT_DE}\n\n` },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.setLegalPage).toMatchObject({
      kind: 'IMPRINT',
      language: 'DE',
      body: IMPRINT_DE,
      isTemplate: false,
      openPlaceholders: [],
    });
    expect(body.data?.setLegalPage.updatedAt).not.toBeNull();

    expect(await read('IMPRINT', 'DE')).toMatchObject({ body: IMPRINT_DE, isTemplate: false, openPlaceholders: [] });
    // The other language and the other pages keep their templates.
    expect((await read('IMPRINT', 'EN')).isTemplate).toBe(true);
    expect((await read('PRIVACY', 'DE')).isTemplate).toBe(true);

    expect(await stored()).toEqual({ rows: before.rows + 1, events: before.events + 1 });
    const [event] = await t.dataSource.query(
      `SELECT action, actor_user_id, subject_id, payload FROM audit_events
       WHERE chain_key = 'platform' AND subject_type = 'LegalPage' ORDER BY sequence DESC LIMIT 1`,
    );
    expect(event).toEqual({
      action: 'legal.page_published',
      actor_user_id: adminId,
      subject_id: 'IMPRINT/DE',
      payload: { kind: 'IMPRINT', language: 'DE', body: IMPRINT_DE },
    });
  });

  it('records each change with the new text and who made it, and nothing when the text stays the same', async () => {
    const changed = `${IMPRINT_DE}\n\nTelefon: 00000 123-0`;
    const cookie = await t.createUser('legal-admin@test.example', { platformAdmin: true });
    const { me } = await t.ok<{ me: { id: string } }>(cookie, '{ me { id } }');
    await t.ok(cookie, SET, { input: { kind: 'IMPRINT', language: 'DE', body: changed } });
    const before = await stored();
    await t.ok(cookie, SET, { input: { kind: 'IMPRINT', language: 'DE', body: changed } });
    expect(await stored()).toEqual(before);

    const events: { action: string; actor_user_id: string; payload: { body: string } }[] = await t.dataSource.query(
      `SELECT action, actor_user_id, payload FROM audit_events
       WHERE chain_key = 'platform' AND subject_id = 'IMPRINT/DE' ORDER BY sequence`,
    );
    expect(events.map((e) => e.action)).toEqual(['legal.page_published', 'legal.page_changed']);
    expect(events[1]).toMatchObject({ actor_user_id: me.id, payload: { body: changed } });
    expect(events[0].actor_user_id).toBe(adminId);
  });

  it('keeps listing the placeholders a saved page still has, so the notice stays until they are filled in', async () => {
    const template = (await read('ACCESSIBILITY', 'DE')).template;
    const partly = template.replace(
      '[Bitte ergänzen: Datum, an dem diese Erklärung erstellt oder zuletzt überprüft wurde]',
      '1. Dezember 2026',
    );
    const { data } = await t.gql<{ setLegalPage: Page }>(SET, {
      input: { kind: 'ACCESSIBILITY', language: 'DE', body: partly },
    });
    const setLegalPage = data!.setLegalPage;
    expect(setLegalPage.isTemplate).toBe(false);
    expect(setLegalPage.openPlaceholders).not.toContain(
      'Datum, an dem diese Erklärung erstellt oder zuletzt überprüft wurde',
    );
    expect(setLegalPage.openPlaceholders).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Kontakt für Rückmeldungen zur Barrierefreiheit/)]),
    );
  });

  it('refuses anyone but a platform admin, also a partnership admin, and writes nothing', async () => {
    const partnership = await createPartnership(t);
    const partnershipAdmin = await t.createUser('partnership-admin@test.example', {
      roles: [{ partnershipId: partnership.id, role: 'ADMIN' }],
    });
    const before = await stored();
    const input = { kind: 'PRIVACY', language: 'EN', body: 'Nothing to see here.' };

    const signedOut = await t.gqlAs(null, SET, { input });
    expect(signedOut.data).toBeNull();
    expect(signedOut.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const notPlatform = await t.gqlAs(partnershipAdmin, SET, { input });
    expect(notPlatform.data).toBeNull();
    expect(notPlatform.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(notPlatform.errors?.[0].message).toBe('Das dürfen nur Plattform-Admins (LEGAL_PAGES_EDIT)');

    expect(await stored()).toEqual(before);
    expect((await read('PRIVACY', 'EN')).isTemplate).toBe(true);
  });

  it.each([
    ['an empty text', ' \n\t ', 'body', 'body darf nicht leer sein'],
    ['a text over 50,000 characters', 'x'.repeat(50_001), 'body', 'body darf höchstens 50000 Zeichen lang sein'],
    ['a NUL character', 'Impressum\u0000', 'input.body', 'input.body darf keine NUL-Zeichen'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, text, field, message) => {
    const before = await stored();
    const body = await t.gql(SET, { input: { kind: 'PRIVACY', language: 'DE', body: text } });
    expect(body.data).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.fields?.[field]?.join(' ')).toContain(message);
    expect(body.errors?.[0].message).toContain(message);
    expect(await stored()).toEqual(before);
  });

  it('refuses an unknown page or language and lists the allowed ones', async () => {
    const before = await stored();
    const kind = await t.gql(SET, { input: { kind: 'COOKIES', language: 'DE', body: 'Text' } });
    expect(kind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(kind.errors?.[0].message).toContain('COOKIES');
    expect(kind.errors?.[0].message).toContain('IMPRINT, PRIVACY, ACCESSIBILITY');

    const language = await t.gqlAs(null, PAGE, { kind: 'IMPRINT', language: 'FR' });
    expect(language.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(language.errors?.[0].message).toContain('DE, EN');
    expect(await stored()).toEqual(before);
  });
});
