import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource, Repository } from 'typeorm';
import { SessionsService } from '../auth/sessions.service';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { nativeRequire } from '../common/native-require';
import { AppConfig, publicUrlOf } from '../common/config/config';
import { PeopleService } from '../people/people.service';
import { User } from '../users/user.entity';
import { safeNext } from './safe-next';
import { createUser } from '../users/user-writes';

// openid-client is published as an ES module only.
type OpenIdClient = typeof import('openid-client');
const openid = nativeRequire('openid-client') as OpenIdClient;

export const OIDC_COOKIE = 'allmende_oidc';

interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

/** Where a sign-in through OpenID Connect ended: the portal path to go to, or why it failed. */
export type OidcOutcome = { ok: true; next: string } | { ok: false; reason: 'unverified' | 'unknown' | 'failed' };

/**
 * Sign-in through the organisation's OpenID Connect provider (authorisation code flow with PKCE).
 * A person is matched by verified e-mail: to an account, or to open invitations for that address.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OIDC');
  private configuration: Promise<InstanceType<OpenIdClient['Configuration']>> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly people: PeopleService,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  private get redirectUri(): string {
    return `${publicUrlOf(this.config)}/auth/oidc/callback`;
  }

  private discover() {
    const oidc = this.config.oidc!;
    // Discovery once per process; a failure is retried on the next sign-in.
    this.configuration ??= openid
      .discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
        execute: new URL(oidc.issuer).protocol === 'http:' ? [openid.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  /** The provider's authorisation URL; the state, nonce and PKCE verifier wait in a short-lived httpOnly cookie. */
  async start(next: string, req: Request, res: Response): Promise<string> {
    const configuration = await this.discover();
    const pending: PendingLogin = {
      state: openid.randomState(),
      nonce: openid.randomNonce(),
      verifier: openid.randomPKCECodeVerifier(),
      next: safeNext(next),
    };
    res.cookie(OIDC_COOKIE, JSON.stringify(pending), {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/auth/oidc',
      maxAge: 10 * 60_000,
    });
    return openid
      .buildAuthorizationUrl(configuration, {
        redirect_uri: this.redirectUri,
        scope: 'openid email profile',
        code_challenge: await openid.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      })
      .toString();
  }

  async finish(req: Request, res: Response): Promise<OidcOutcome> {
    const pending = parsePending(req.cookies?.[OIDC_COOKIE]);
    res.clearCookie(OIDC_COOKIE, { path: '/auth/oidc' });
    if (!pending) return { ok: false, reason: 'failed' };
    let claims: Record<string, unknown> | undefined;
    try {
      const configuration = await this.discover();
      const callbackUrl = new URL(req.originalUrl, this.redirectUri);
      const tokens = await openid.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      claims = tokens.claims();
    } catch (error) {
      this.logger.warn(`OpenID Connect sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: false, reason: 'failed' };
    }
    const email = typeof claims?.email === 'string' ? claims.email : null;
    if (!email || claims?.email_verified !== true) return { ok: false, reason: 'unverified' };
    const name = typeof claims?.name === 'string' && claims.name.trim() ? claims.name.trim() : email;

    return this.dataSource.transaction(async (manager) => {
      let user = await manager.findOneBy(User, { email });
      if (!user) {
        const invitations = await this.people.openInvitationsFor(manager, email);
        if (invitations.length === 0) return { ok: false as const, reason: 'unknown' as const };
        user = await createUser(manager, { email, displayName: name, passwordHash: null });
        for (const invitation of invitations) await this.people.grant(manager, invitation, user);
      }
      await this.sessions.start(manager, user.id, req, res, { viewer: null }, 'oidc');
      return { ok: true as const, next: pending.next };
    });
  }
}

function parsePending(value: unknown): PendingLogin | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as Partial<PendingLogin>;
    return typeof parsed.state === 'string' && typeof parsed.nonce === 'string' && typeof parsed.verifier === 'string'
      ? { state: parsed.state, nonce: parsed.nonce, verifier: parsed.verifier, next: safeNext(parsed.next) }
      : null;
  } catch {
    return null;
  }
}
