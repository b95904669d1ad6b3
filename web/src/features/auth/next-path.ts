/**
 * Where to go after signing in: only a path on this site, so that a crafted link (…/anmelden?next=https://…)
 * cannot send someone elsewhere after they entered their password.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** The sign-in page's address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return path === '/' ? '/anmelden' : `/anmelden?next=${encodeURIComponent(path)}`;
}
