import { ArgumentsHost } from '@nestjs/common';
import { AppError } from './app-error';
import { msg, render } from '../i18n/messages';
import { UserErrorFilter } from './user-error.filter';

function host(type: string, headers: Record<string, string> = {}) {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    status: (status: number) => ((sent.status = status), response),
    json: (body: unknown) => (sent.body = body),
  };
  const argumentsHost = {
    getType: () => type,
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ headers }) }),
  } as unknown as ArgumentsHost;
  return { argumentsHost, sent };
}

describe('UserErrorFilter', () => {
  it('hands a refused GraphQL request on to the error formatter', () => {
    const error = new AppError('FORBIDDEN', msg('access.needPermissionHere', { permission: 'FINANCE_READ' }));
    expect(() => new UserErrorFilter().catch(error, host('graphql').argumentsHost)).toThrow(error);
  });

  it.each([
    ['BAD_USER_INPUT', 400],
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['CONFLICT', 409],
    ['TOO_MANY_REQUESTS', 429],
  ] as const)('answers %s on an HTTP route with status %d and the message', (code, status) => {
    const { argumentsHost, sent } = host('http');
    new UserErrorFilter().catch(new AppError(code, msg('access.signIn')), argumentsHost);
    const message = render(msg('access.signIn'), 'de');
    expect(sent).toEqual({ status, body: { statusCode: status, error: code, message } });
  });

  it('answers a catalogue message in the language the request names, else in German', () => {
    const english = host('http', { 'accept-language': 'en-GB,en;q=0.9' });
    new UserErrorFilter().catch(new AppError('UNAUTHENTICATED', msg('access.signIn')), english.argumentsHost);
    expect(english.sent.body).toMatchObject({ message: 'Sign in to do this' });
    const german = host('http');
    new UserErrorFilter().catch(new AppError('UNAUTHENTICATED', msg('access.signIn')), german.argumentsHost);
    expect(german.sent.body).toMatchObject({ message: 'Melden Sie sich an, um das zu tun' });
  });
});
