import { CACHE_IMMUTABLE, CACHE_REVALIDATE, cacheControlFor, isServerPath, namesFile } from './delivery';

describe('cacheControlFor', () => {
  it('lets browsers keep the hashed assets for a year, also their precompressed variants', () => {
    expect(cacheControlFor('assets/index-DYyLD1fJ.js')).toBe(CACHE_IMMUTABLE);
    expect(cacheControlFor('assets/index-DYyLD1fJ.js.br')).toBe(CACHE_IMMUTABLE);
    expect(cacheControlFor('assets\\FiraSans-CGes_AjB.woff2')).toBe(CACHE_IMMUTABLE);
  });

  it('has the files that keep their name across releases asked again', () => {
    for (const file of ['index.html', 'favicon.ico', 'favicon.svg', 'assets.txt'])
      expect(cacheControlFor(file)).toBe(CACHE_REVALIDATE);
  });
});

describe('namesFile', () => {
  it('takes a last segment with an extension for a file', () => {
    for (const path of ['/favicon.ico', '/assets/x.js', '/robots.txt', '/p/geoportal/export.csv', '/wp-login.php'])
      expect(namesFile(path)).toBe(true);
  });

  it('takes the portal routes for pages', () => {
    for (const path of [
      '/',
      '/anmelden',
      '/p/geoportal-verbund/anliegen/12',
      '/einladung/q7Zc-_x9AbQ',
      '/p/dorf-app.gemeinschaft/',
      '/passwort-zuruecksetzen/abc.',
    ])
      expect(namesFile(path)).toBe(false);
  });
});

describe('isServerPath', () => {
  const prefixes = ['/graphql', '/auth/'];

  it('matches the endpoint itself and what lies beneath a folder prefix', () => {
    expect(isServerPath('/graphql', prefixes)).toBe(true);
    expect(isServerPath('/auth', prefixes)).toBe(true);
    expect(isServerPath('/auth/oidc/callback', prefixes)).toBe(true);
  });

  it('leaves the portal routes alone, even those starting with the same letters', () => {
    expect(isServerPath('/', prefixes)).toBe(false);
    expect(isServerPath('/authors', prefixes)).toBe(false);
    expect(isServerPath('/anmelden', prefixes)).toBe(false);
  });
});
