import type { Logger } from '@nestjs/common';

/**
 * Runs a job's round now and then every `intervalMs` after the previous round ended (never two rounds of one
 * instance at once), until stopped; a failed round is logged and the loop goes on. The rounds themselves
 * must be safe with several instances running (row locks with SKIP LOCKED): this loop only paces them.
 */
export class JobLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly round: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  /** Runs a round now (or right after the current one). */
  kick(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) return;
    this.running = this.round()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.error(`${this.name} round failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        this.running = null;
        if (!this.stopped) {
          this.timer = setTimeout(() => this.kick(), this.intervalMs);
          this.timer.unref();
        }
      });
  }

  /** No new round starts; waits for the one in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
