import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { hashToken, newToken } from '../common/auth/tokens';
import { Viewer } from '../common/auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { MailService } from '../mail/mail.service';
import { Language } from '../users/language';
import { User } from '../users/user.entity';
import { UpdateAccountInput } from './dto/auth.args';
import { hashPassword, verifyPassword } from './passwords';
import { PasswordReset } from './password-reset.entity';
import { HttpContext, SessionsService } from './sessions.service';

const RESET_MINUTES = 60;

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
  ) {}

  /** The same answer, and about the same time, whether the account does not exist or the password is wrong. */
  async signIn(email: string, password: string, { req, res, context }: HttpContext): Promise<User> {
    const user = await this.users.findOneBy({ email });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.dataSource.transaction((manager) =>
        appendAuditEvent(manager, {
          partnershipId: null,
          actorUserId: null,
          action: 'auth.sign_in_failed',
          subjectType: 'User',
          subjectId: user?.id ?? null,
          payload: { email: email.toLowerCase(), address: req.ip ?? null },
        }),
      );
      throw new AppError('UNAUTHENTICATED', 'E-mail or password is wrong');
    }
    await this.dataSource.transaction((manager) => this.sessions.start(manager, user.id, req, res, context));
    return user;
  }

  signOut(viewer: Viewer, req: Request, res: Response): Promise<void> {
    return this.sessions.end(viewer, req, res);
  }

  /** Sends a reset link when the account exists; says nothing either way. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findOneBy({ email });
    if (!user) return;
    const { token, hash } = newToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.save(PasswordReset, manager.create(PasswordReset, { tokenHash: hash, userId: user.id, expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000), usedAt: null }));
      const link = `${this.mail.publicUrl}/passwort-zuruecksetzen/${token}`;
      const [subject, body] =
        user.preferredLanguage === Language.EN
          ? ['Reset your Allmende password', `Hello ${user.displayName},\n\nto choose a new password, open this link within ${RESET_MINUTES} minutes:\n${link}\n\nIf you did not ask for it, ignore this mail.`]
          : ['Allmende-Passwort zurücksetzen', `Hallo ${user.displayName},\n\num ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb von ${RESET_MINUTES} Minuten:\n${link}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.`];
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
      if (!reset) throw AppError.badInput({ token: ['this reset link is unknown, used or expired: ask for a new one'] });
      await manager.update(PasswordReset, { id: reset.id }, { usedAt: new Date() });
      await manager.update(User, { id: reset.userId }, { passwordHash: await hashPassword(password) });
      await this.sessions.revokeAll(manager, reset.userId);
      await this.sessions.start(manager, reset.userId, req, res, context);
      return manager.findOneByOrFail(User, { id: reset.userId });
    });
  }

  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<void> {
    if (!(await verifyPassword(viewer.user.passwordHash, currentPassword))) {
      throw AppError.badInput({ currentPassword: ['currentPassword is wrong'] });
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: viewer.user.id }, { passwordHash: await hashPassword(newPassword) });
      await this.sessions.revokeAll(manager, viewer.user.id, viewer.sessionId);
    });
  }

  async updateAccount(viewer: Viewer, input: UpdateAccountInput): Promise<User> {
    AppError.refuseRemoval(input, ['displayName', 'preferredLanguage']);
    return this.users.save(this.users.merge(viewer.user, input));
  }
}
