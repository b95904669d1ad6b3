/**
 * How the built portal (web/dist) is delivered: which responses may be cached for how long, and which paths name
 * a file rather than a page of the single-page app. Pure: paths in, decisions out.
 */

/** Vite names every file under assets/ after a hash of its content: a changed file gets a new name. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (which names the current assets) and the other unhashed files: asked again (ETag) before each use. */
export const CACHE_REVALIDATE = 'no-cache';

/** The Cache-Control for a file of the build, by its path relative to web/dist (`assets/index-3fa9.js`). */
export function cacheControlFor(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').startsWith('assets/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * Whether a URL path names a file: its last segment has an extension (`/favicon.ico`, `/assets/x.js`). A missing
 * file answers 404; the portal page is only for the app's own routes, whose segments (slugs, base64url tokens,
 * numbers) never hold a dot.
 */
export function namesFile(urlPath: string): boolean {
  const last = urlPath.slice(urlPath.lastIndexOf('/') + 1);
  return /\.[A-Za-z0-9]+$/.test(last);
}

/** Whether a URL path belongs to the server's own endpoints (`/graphql`, `/auth/…`), given as path prefixes. */
export function isServerPath(urlPath: string, serverPrefixes: readonly string[]): boolean {
  return serverPrefixes.some((prefix) => urlPath === prefix.replace(/\/$/, '') || urlPath.startsWith(prefix));
}
