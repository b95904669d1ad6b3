import { ArgumentsHost } from '@nestjs/common';
import { AppError } from './app-error';
import { UserErrorFilter } from './user-error.filter';

function host(type: string) {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    status: (status: number) => ((sent.status = status), response),
    json: (body: unknown) => (sent.body = body),
  };
  const argumentsHost = {
    getType: () => type,
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { argumentsHost, sent };
}

describe('UserErrorFilter', () => {
  it('hands a refused GraphQL request on to the error formatter', () => {
    const error = new AppError('FORBIDDEN', 'You need the permission FINANCE_READ in this partnership to do this');
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
    new UserErrorFilter().catch(new AppError(code, 'what was wrong'), argumentsHost);
    expect(sent).toEqual({ status, body: { statusCode: status, error: code, message: 'what was wrong' } });
  });
});
