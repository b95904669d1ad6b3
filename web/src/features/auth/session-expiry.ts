import { safeNextPath } from './next-path';

/**
 * The API answered UNAUTHENTICATED somewhere. The Apollo link reports it here; SessionExpiryRedirect, inside the
 * router, decides whether that means an expired session and leads to the sign-in.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

/** While the person signs out, refused requests are expected and lead nowhere. */
let signingOut = false;

export function reportUnauthenticated(): void {
  if (signingOut) return;
  for (const listener of listeners) listener();
}

/** Runs a sign-out during which UNAUTHENTICATED answers are not taken for an expired session. */
export async function whileSigningOut<T>(signOut: () => Promise<T>): Promise<T> {
  signingOut = true;
  try {
    return await signOut();
  } finally {
    signingOut = false;
  }
}

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The sign-in page's query value saying why the person is there. */
export const expiredFlag = 'abgelaufen';

/**
 * The sign-in page's address after the session expired on `path`: it comes back to `path` (only a path on this
 * site) and says that the session had expired. Never back to the sign-in page itself.
 */
export function expiredSignInPath(path: string): string {
  const back = safeNextPath(path);
  const params = new URLSearchParams({ anmeldung: expiredFlag });
  if (back !== '/' && !back.startsWith('/anmelden')) params.set('next', back);
  return `/anmelden?${params.toString()}`;
}
