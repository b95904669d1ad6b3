import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it.each(['/', '/p/dorf-app', '/p/geoportal-verbund/personen?tab=2#einladungen', '/partnerschaften/neu'])(
    'keeps the path %j on this site',
    (next) => {
      expect(safeNextPath(next)).toBe(next);
    },
  );

  it.each([
    null,
    undefined,
    '',
    '//evil.com',
    '//evil.com/p/dorf-app',
    '/\\evil.com',
    'https://evil.com',
    'http://evil.com/p/dorf-app',
    'javascript:alert(1)',
    'evil.com',
    'p/dorf-app',
  ])('goes to the start page instead of %j', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});

describe('signInPath', () => {
  it('leads to the plain sign-in page from the start page', () => {
    expect(signInPath('/')).toBe('/anmelden');
  });

  it('carries the path back, encoded, and the sign-in page accepts it', () => {
    const path = '/p/geoportal-verbund/personen?tab=2';
    expect(signInPath('/p/dorf-app')).toBe('/anmelden?next=%2Fp%2Fdorf-app');
    const next = new URL(signInPath(path), 'http://portal.test').searchParams.get('next');
    expect(safeNextPath(next)).toBe(path);
  });
});
