import { EventEmitter } from 'node:events';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import createSubscriber, { Subscriber } from 'pg-listen';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

const CHANNEL = 'allmende_live';

/** One live event: a topic ("vote:<id>", "session:<id>"), a version to order snapshots, and its data. */
export interface LiveEvent<T = unknown> {
  topic: string;
  /** Snapshots of the same topic with a version not above the last one delivered are dropped. */
  version: number[];
  data: T;
}

/** Whether `a` is newer than `b`: some component higher and none lower (snapshots grow monotonically). */
export function isNewer(a: readonly number[], b: readonly number[] | undefined): boolean {
  if (!b) return true;
  let higher = false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x < y) return false;
    if (x > y) higher = true;
  }
  return higher;
}

/**
 * Live updates across every app instance on one database: events go out with PostgreSQL NOTIFY and come
 * back to each instance through one LISTEN connection (pg-listen, which reconnects), then to the local
 * GraphQL subscriptions through graphql-subscriptions' PubSub. No extra server is needed.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LiveEvents');
  // One listener per subscription: a vote watched by a thousand members has a thousand on its topic.
  private readonly pubsub = new PubSub({ eventEmitter: new EventEmitter().setMaxListeners(0) });
  private subscriber: Subscriber | null = null;
  private readonly latest = new Map<string, number[]>();

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options as PostgresConnectionOptions;
    this.subscriber = createSubscriber(
      { connectionString: options.url },
      { retryLimit: Infinity, retryTimeout: Infinity },
    );
    this.subscriber.notifications.on(CHANNEL, (event: LiveEvent) => this.deliver(event));
    this.subscriber.events.on('error', (error) => this.logger.error(`LISTEN connection failed: ${error.message}`));
    await this.subscriber.connect();
    await this.subscriber.listenTo(CHANNEL);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.close();
  }

  /** Sends the event to every instance (including this one). NOTIFY payloads stay well under 8000 bytes. */
  async publish<T>(event: LiveEvent<T>): Promise<void> {
    await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator<T>(topic);
  }

  private deliver(event: LiveEvent): void {
    if (!event || typeof event.topic !== 'string') return;
    // Events without a version (e.g. "the session changed, read it again") are always delivered.
    if (event.version.length > 0) {
      if (!isNewer(event.version, this.latest.get(event.topic))) return;
      this.latest.set(event.topic, event.version);
    }
    // Old topics are forgotten eventually; a map entry is a few bytes.
    if (this.latest.size > 10_000) this.latest.delete(this.latest.keys().next().value as string);
    void this.pubsub.publish(event.topic, event.data);
  }
}
