import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a link or cookie; only its hash is stored, so a database dump reveals no usable token. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
