import { safeNextPath } from './next-path';
import { expiredFlag, expiredSignInPath, onUnauthenticated, reportUnauthenticated } from './session-expiry';

function parse(address: string) {
  const url = new URL(address, 'http://portal.test');
  return { path: url.pathname, next: url.searchParams.get('next'), why: url.searchParams.get('anmeldung') };
}

describe('expiredSignInPath', () => {
  it('leads to the sign-in and back to the same page, query included', () => {
    const page = '/p/dorf-app/abstimmungen/7f3c?tab=2';
    const target = parse(expiredSignInPath(page));
    expect(target).toEqual({ path: '/anmelden', next: page, why: expiredFlag });
    expect(safeNextPath(target.next)).toBe(page);
  });

  it.each(['//evil.com/p/dorf-app', 'https://evil.com', '/\\evil.com', 'javascript:alert(1)'])(
    'does not carry %j, a way off this site',
    (path) => {
      expect(parse(expiredSignInPath(path)).next).toBeNull();
    },
  );

  it('does not come back to the sign-in page itself', () => {
    expect(parse(expiredSignInPath('/anmelden?next=%2Fkonto')).next).toBeNull();
  });
});

describe('reportUnauthenticated', () => {
  it('reaches each listener until it unsubscribes', () => {
    const heard: string[] = [];
    const stop = onUnauthenticated(() => heard.push('a'));
    reportUnauthenticated();
    stop();
    reportUnauthenticated();
    expect(heard).toEqual(['a']);
  });
});
