import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CookieOptions, Request, Response } from 'express';
import { DataSource, EntityManager, IsNull, MoreThan, Not, Repository } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { hashToken, newToken } from '../common/auth/tokens';
import { Viewer } from './viewer';
import { PartnershipRole } from '../people/partnership-role.entity';
import { User } from '../users/user.entity';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'allmende_session';

/** The parts of the GraphQL context that sign-in needs: the HTTP pair and the viewer it replaces. */
export interface HttpContext {
  req: Request;
  res: Response;
  context: { viewer: Viewer | null };
}
const SESSION_DAYS = 14;

/** How a session began, as the platform audit log records it. */
export type SignInMethod = 'password' | 'invitation' | 'password_reset' | 'oidc';

/** Server-side sessions carried by an httpOnly cookie: revocable, and nothing in the cookie but a random token. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(PartnershipRole) private readonly roles: Repository<PartnershipRole>,
    private readonly dataSource: DataSource,
  ) {}

  /** The viewer of a request: its session (valid, not revoked) and its roles as they are now. */
  async viewerOf(req: Request): Promise<Viewer | null> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0) return null;
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session?.user) return null;
    const roles = await this.roles.findBy({ userId: session.userId });
    return { user: session.user, sessionId: session.id, isPlatformAdmin: session.user.isPlatformAdmin, roles };
  }

  /**
   * Starts a session, sets its cookie, and makes its person the viewer of the rest of this request
   * (so that the answer to a sign-in already shows what the person may see). Recorded in the platform audit log;
   * the OpenID Connect callback is the one caller that does not name its method.
   */
  async start(
    manager: EntityManager,
    userId: string,
    req: Request,
    res: Response,
    context: { viewer: Viewer | null },
    method: SignInMethod,
  ): Promise<void> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
    const session = await manager.save(
      Session,
      manager.create(Session, { tokenHash: hash, userId, expiresAt, revokedAt: null }),
    );
    await appendAuditEvent(manager, {
      partnershipId: null,
      actorUserId: userId,
      action: 'auth.signed_in',
      subjectType: 'User',
      subjectId: userId,
      payload: { method, sessionId: session.id, address: req.ip ?? null },
    });
    res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), expires: expiresAt });
    const user = await manager.findOneByOrFail(User, { id: userId });
    context.viewer = {
      user,
      sessionId: session.id,
      isPlatformAdmin: user.isPlatformAdmin,
      roles: await manager.findBy(PartnershipRole, { userId }),
    };
  }

  async end(viewer: Viewer, req: Request, res: Response): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Session, { id: viewer.sessionId }, { revokedAt: new Date() });
      await appendAuditEvent(manager, {
        partnershipId: null,
        actorUserId: viewer.user.id,
        action: 'auth.signed_out',
        subjectType: 'User',
        subjectId: viewer.user.id,
        payload: { sessionId: viewer.sessionId, address: req.ip ?? null },
      });
    });
    res.clearCookie(SESSION_COOKIE, cookieOptions(req));
  }

  /** Revokes every session of the person, or every one but `exceptId`. */
  async revokeAll(manager: EntityManager, userId: string, exceptId?: string): Promise<void> {
    await manager.update(
      Session,
      { userId, revokedAt: IsNull(), ...(exceptId ? { id: Not(exceptId) } : {}) },
      { revokedAt: new Date() },
    );
  }
}

function cookieOptions(req: Request): CookieOptions {
  // Secure whenever the browser reached us over HTTPS (directly or through a trusted proxy).
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' };
}
