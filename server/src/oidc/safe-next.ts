/** Only a path of this site: no scheme, no host, no "//elsewhere". */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}
