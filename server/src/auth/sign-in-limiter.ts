import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { hashToken } from '../common/auth/tokens';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig } from '../common/config/config';
import { waitAfter } from './sign-in-backoff';

/** Why a sign-in is refused before its password is even checked, and for how long. */
export interface SignInRefusal {
  scope: 'account-and-address' | 'address';
  retryAfterSeconds: number;
}

const ADDRESS_WINDOW_SECONDS = 15 * 60;
const FAILURES_KEPT_SECONDS = 24 * 3600;

/**
 * Brute-force protection for password sign-in with rate-limiter-flexible, after its "login endpoint protection"
 * recipe (consecutive failures by username and address, cleared on success, plus a cap per address), on PostgreSQL
 * so that every instance sees the same counts (table `sign_in_limits`, made by a migration). Three counters:
 *  - failures of one account from one address (kept a day, cleared by a successful sign-in); past
 *    AUTH_RATE_LIMIT_PER_ACCOUNT of them a growing wait applies (`waitAfter`) — to that pair only;
 *  - a gate per pair that admits one attempt per wait, atomically, so parallel guesses cannot slip through together;
 *  - failures from one address across all accounts in 15 minutes, capped at AUTH_RATE_LIMIT_PER_ADDRESS (credential
 *    stuffing). Only failures count, so the honest people behind one municipal NAT do not fill it by signing in.
 * Keys are SHA-256 hashes: the table holds neither addresses nor e-mail addresses.
 */
@Injectable()
export class SignInLimiter {
  private readonly failures: RateLimiterPostgres;
  private readonly gate: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;
  private readonly freeFailures: number;
  private readonly perAddress: number;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const store = { storeClient: dataSource, storeType: 'typeorm', tableName: 'sign_in_limits', tableCreated: true };
    this.freeFailures = config.authRateLimitPerAccount;
    this.perAddress = config.authRateLimitPerAddress;
    this.failures = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'failures',
      points: Number.MAX_SAFE_INTEGER,
      duration: FAILURES_KEPT_SECONDS,
    });
    this.gate = new RateLimiterPostgres({ ...store, keyPrefix: 'gate', points: 1, duration: 1 });
    this.byAddress = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'address',
      points: this.perAddress,
      duration: ADDRESS_WINDOW_SECONDS,
    });
  }

  /** Before the password is checked: a refusal, or null when this attempt may go ahead. */
  async check(email: string, address: string): Promise<SignInRefusal | null> {
    const pair = pairKey(email, address);
    const [failed, fromAddress] = await Promise.all([this.failures.get(pair), this.byAddress.get(addressKey(address))]);
    if (fromAddress && fromAddress.consumedPoints >= this.perAddress)
      return { scope: 'address', retryAfterSeconds: seconds(fromAddress.msBeforeNext) };
    const wait = waitAfter(failed?.consumedPoints ?? 0, this.freeFailures);
    if (wait === 0) return null;
    try {
      // Admits the first attempt after the wait and holds the gate shut for the next wait, in one statement.
      await this.gate.consume(pair, 1, { customDuration: wait });
      return null;
    } catch (error) {
      if (error instanceof RateLimiterRes)
        return { scope: 'account-and-address', retryAfterSeconds: seconds(error.msBeforeNext) };
      throw error;
    }
  }

  async failed(email: string, address: string): Promise<void> {
    const pair = pairKey(email, address);
    const [failed] = await Promise.all([this.failures.penalty(pair), this.byAddress.penalty(addressKey(address))]);
    const wait = waitAfter(failed.consumedPoints, this.freeFailures);
    // The wait runs from this failure: the gate stays shut until it is over.
    if (wait > 0) await this.gate.set(pair, 1, wait);
  }

  /** A success counts for nothing against anyone, and forgets this pair's failures. */
  async succeeded(email: string, address: string): Promise<void> {
    const pair = pairKey(email, address);
    await Promise.all([this.failures.delete(pair), this.gate.delete(pair)]);
  }
}

const pairKey = (email: string, address: string) => hashToken(`${email.trim().toLowerCase()}\n${address}`);
const addressKey = (address: string) => hashToken(address);
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
