import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { AppConfig } from '../common/config/config';
import { hashToken } from '../common/auth/tokens';
import { AppError } from '../common/graphql/app-error';
import { msg } from '../common/i18n/messages';

const WINDOW_MS = 15 * 60_000;

/**
 * Per address, and per account (the e-mail, or the reset token's hash), for the password-reset operations: each request
 * counts, since each may write a mail. Sign-in is not throttled here but by SignInLimiter, which counts failures only.
 */
export function authThrottlers(config: AppConfig): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'address', ttl: WINDOW_MS, limit: config.authRateLimitPerAddress },
      {
        name: 'account',
        ttl: WINDOW_MS,
        limit: config.authRateLimitPerAccount,
        getTracker: (_req, context) => {
          const args = GqlExecutionContext.create(context).getArgs<{ email?: unknown; token?: unknown }>();
          if (typeof args.email === 'string') return args.email.trim().toLowerCase();
          if (typeof args.token === 'string') return `token:${hashToken(args.token)}`;
          return 'unknown';
        },
      },
    ],
  };
}

@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext<{
      req: Record<string, unknown>;
      res: Record<string, unknown>;
    }>();
    return { req: ctx.req, res: ctx.res };
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const wait = msg('time.minutes', { count: Math.max(1, Math.ceil(detail.timeToBlockExpire / 60)) });
    const perAccount = detail.tracker.includes('@') || detail.tracker.startsWith('token:');
    throw new AppError(
      'TOO_MANY_REQUESTS',
      perAccount ? msg('auth.tooManyAttempts.account', { wait }) : msg('auth.tooManyAttempts.address', { wait }),
      { retryAfterSeconds: Math.max(1, Math.ceil(detail.timeToBlockExpire)) },
    );
  }
}
