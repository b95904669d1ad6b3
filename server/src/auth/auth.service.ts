import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource, EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import type { AuditAction } from '../audit/audit-actions';
import { hashToken, newToken } from '../common/auth/tokens';
import { Viewer } from './viewer';
import { AppError } from '../common/graphql/app-error';
import { msg } from '../common/i18n/messages';
import { MailService } from '../mail/mail.service';
import { Language } from '../users/language';
import { User } from '../users/user.entity';
import { UpdateAccountInput } from './dto/auth.args';
import { hashPassword, verifyPassword } from './passwords';
import { PasswordReset } from './password-reset.entity';
import { HttpContext, SessionsService } from './sessions.service';
import { describeWait } from './sign-in-backoff';
import { SignInLimiter } from './sign-in-limiter';
import { setPasswordHash, updateAccountSettings } from '../users/user-writes';

const RESET_MINUTES = 60;

@Injectable()
export class AuthService implements OnModuleDestroy {
  private readonly logger = new Logger('Auth');
  /** Reset mails being written after their request was answered; awaited on shutdown. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly limiter: SignInLimiter,
  ) {}

  /**
   * The same answer, and about the same time, whether the account does not exist or the password is wrong.
   * Failed attempts slow down their own account-and-address pair and are capped per address (SignInLimiter);
   * refused, failed and successful sign-ins all reach the platform audit log.
   */
  async signIn(email: string, password: string, { req, res, context }: HttpContext): Promise<User> {
    const address = req.ip ?? 'unknown';
    const refusal = await this.limiter.check(email, address);
    if (refusal) {
      await this.record(
        null,
        'auth.sign_in_refused',
        { actor: null, subject: null },
        { email: email.toLowerCase(), address, scope: refusal.scope, retryAfterSeconds: refusal.retryAfterSeconds },
      );
      const wait = describeWait(refusal.retryAfterSeconds);
      throw new AppError(
        'TOO_MANY_REQUESTS',
        refusal.scope === 'address'
          ? msg('auth.tooManySignIns.address', { wait })
          : msg('auth.tooManySignIns.account', { wait }),
        { retryAfterSeconds: refusal.retryAfterSeconds },
      );
    }
    const user = await this.users.findOneBy({ email });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.limiter.failed(email, address);
      await this.record(
        null,
        'auth.sign_in_failed',
        { actor: null, subject: user?.id ?? null },
        { email: email.toLowerCase(), address },
      );
      throw new AppError('UNAUTHENTICATED', msg('auth.wrongPassword'));
    }
    await this.limiter.succeeded(email, address);
    await this.dataSource.transaction((manager) =>
      this.sessions.start(manager, user.id, req, res, context, 'password'),
    );
    return user;
  }

  signOut(viewer: Viewer, req: Request, res: Response): Promise<void> {
    return this.sessions.end(viewer, req, res);
  }

  /**
   * Says nothing either way, and takes the same time: the request itself only records itself (the same statements
   * whether or not the account exists) and is answered; looking the account up, making the link and mailing it
   * (through SMTP, the slow part) happen after the answer.
   */
  async requestPasswordReset(email: string, address: string | null): Promise<void> {
    await this.record(
      null,
      'auth.password_reset_requested',
      { actor: null, subject: null },
      { email: email.toLowerCase(), address },
    );
    const job = this.mailResetLink(email)
      .catch((error: unknown) =>
        this.logger.error(`Writing the reset mail failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  private async mailResetLink(email: string): Promise<void> {
    const user = await this.users.findOneBy({ email });
    if (!user) return;
    const { token, hash } = newToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.save(
        PasswordReset,
        manager.create(PasswordReset, {
          tokenHash: hash,
          userId: user.id,
          expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
          usedAt: null,
        }),
      );
      const link = `${this.mail.publicUrl}/passwort-zuruecksetzen/${token}`;
      const [subject, body] =
        user.preferredLanguage === Language.EN
          ? [
              'Reset your Allmende password',
              `Hello ${user.displayName},\n\nto choose a new password, open this link within ${RESET_MINUTES} minutes:\n${link}\n\nIf you did not ask for it, ignore this mail.`,
            ]
          : [
              'Allmende-Passwort zurücksetzen',
              `Hallo ${user.displayName},\n\num ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb von ${RESET_MINUTES} Minuten:\n${link}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.`,
            ];
      await this.mail.send(manager, user.email, subject, body);
    });
  }

  /** Single use; ends every other session of the person and signs this browser in. */
  async resetPassword(token: string, password: string, { req, res, context }: HttpContext): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordReset, {
        where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset) throw AppError.badInput({ token: [msg('auth.resetLinkInvalid')] });
      await manager.update(PasswordReset, { id: reset.id }, { usedAt: new Date() });
      await setPasswordHash(manager, reset.userId, await hashPassword(password));
      await this.sessions.revokeAll(manager, reset.userId);
      await this.record(
        manager,
        'auth.password_reset',
        { actor: reset.userId, subject: reset.userId },
        { resetId: reset.id, address: req.ip ?? null },
      );
      await this.sessions.start(manager, reset.userId, req, res, context, 'password_reset');
      return manager.findOneByOrFail(User, { id: reset.userId });
    });
  }

  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    if (!(await verifyPassword(viewer.user.passwordHash, currentPassword))) {
      throw AppError.badInput({ currentPassword: [msg('misc.currentPasswordWrong')] });
    }
    await this.dataSource.transaction(async (manager) => {
      await setPasswordHash(manager, viewer.user.id, await hashPassword(newPassword));
      await this.sessions.revokeAll(manager, viewer.user.id, viewer.sessionId);
      await this.record(
        manager,
        'auth.password_changed',
        { actor: viewer.user.id, subject: viewer.user.id },
        { sessionId: viewer.sessionId },
      );
    });
  }

  async updateAccount(viewer: Viewer, input: UpdateAccountInput): Promise<User> {
    AppError.refuseRemoval(input, ['displayName', 'preferredLanguage']);
    return updateAccountSettings(this.users.manager, viewer.user, input);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /** One event in the platform audit log (sign-in and passwords belong to no partnership), in the given transaction or its own. */
  private async record(
    manager: EntityManager | null,
    action: AuditAction,
    who: { actor: string | null; subject: string | null },
    payload: Record<string, unknown>,
  ): Promise<void> {
    const entry = {
      partnershipId: null,
      actorUserId: who.actor,
      action,
      subjectType: 'User',
      subjectId: who.subject,
      payload,
    };
    if (manager) await appendAuditEvent(manager, entry);
    else await this.dataSource.transaction((m) => appendAuditEvent(m, entry));
  }
}
