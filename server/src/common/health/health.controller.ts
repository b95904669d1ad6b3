import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';

/** PostgreSQL's read_only_sql_transaction and insufficient_privilege: reachable, but refusing writes. */
const refusesWrites = new Set(['25006', '42501']);

/** Readiness for load balancers and `docker compose`: the database answers and accepts writes. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async check(@Res({ passthrough: true }) res: Response) {
    const started = process.hrtime.bigint();
    try {
      // A database that answers but cannot be written (a standby, default_transaction_read_only, revoked
      // rights) fails nearly every use, so it is not ready. An UPDATE that matches no row is refused
      // there like any write and changes nothing anywhere. On `sessions`, which every sign-in writes: the
      // app's role may only read the migrations table (docs/security.md, "Least privilege in the database").
      await this.dataSource.query(`UPDATE sessions SET id = id WHERE false`);
      return { status: 'ok', database: { status: 'up', latencyMs: Number(process.hrtime.bigint() - started) / 1e6 } };
    } catch (error) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      const code =
        (error as { driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
      const status = code && refusesWrites.has(code) ? 'read-only' : 'down';
      return { status: 'error', database: { status, error: error instanceof Error ? error.message : String(error) } };
    }
  }
}
