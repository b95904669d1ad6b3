import type { IncomingMessage } from 'node:http';
import cookieParser from 'cookie-parser';
import type { Request } from 'express';
import { AppConfig, publicUrlOf } from '../config/config';

/**
 * Browsers send cookies with a WebSocket handshake from any site, and CORS does not apply to it, so a
 * browser's Origin must be this server's own (its Host, or PUBLIC_URL). Clients without an Origin
 * (scripts, the benchmark) are not browsers and carry their own cookie.
 */
export function sameOrigin(request: IncomingMessage, config: Pick<AppConfig, 'publicUrl' | 'port'>): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === request.headers.host || host === new URL(publicUrlOf(config)).host;
  } catch {
    return false;
  }
}

/** The handshake request with its cookies parsed, as the session lookup expects. */
export function withCookies(request: IncomingMessage): Request {
  const req = request as unknown as Request;
  if (!req.cookies) cookieParser()(req, {} as never, () => undefined);
  return req;
}
