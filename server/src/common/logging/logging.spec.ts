import { isStartupChatter, prettyLogs, prettyMessage } from './logging';

describe('prettyLogs', () => {
  it('is pretty at a terminal and JSON for a pipe or a file', () => {
    expect(prettyLogs({ isTTY: true })).toBe(true);
    expect(prettyLogs({ isTTY: false })).toBe(false);
    expect(prettyLogs({})).toBe(false);
  });
});

describe('prettyMessage', () => {
  it('reads a request log as method, path, status and time', () => {
    const line = prettyMessage(
      {
        msg: 'request completed',
        req: { method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        responseTime: 12,
      },
      'msg',
    );
    expect(line).toBe('POST /graphql 200 in 12 ms');
  });

  it('names the context of a Nest log before its message', () => {
    expect(prettyMessage({ msg: 'Invitation mailed', context: 'MailService' }, 'msg')).toBe(
      '[MailService] Invitation mailed',
    );
    expect(prettyMessage({ msg: 'Allmende is ready at http://localhost:3000' }, 'msg')).toBe(
      'Allmende is ready at http://localhost:3000',
    );
  });
});

describe('isStartupChatter', () => {
  it("drops Nest's module and route lines at info", () => {
    expect(isStartupChatter(30, { context: 'InstanceLoader' })).toBe(true);
    expect(isStartupChatter(30, { context: 'RouterExplorer' })).toBe(true);
  });

  it('keeps their warnings and errors, other contexts and plain messages', () => {
    expect(isStartupChatter(40, { context: 'InstanceLoader' })).toBe(false);
    expect(isStartupChatter(30, { context: 'MailService' })).toBe(false);
    expect(isStartupChatter(30, 'Allmende is ready')).toBe(false);
  });
});
