import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema.js';

/** A change to sessions every API instance must apply at once: all of a user's sessions, or one session by its token's hash. */
export type SessionEvent = { userId: string } | { tokenHash: string };

const CHANNEL = 'gb_sessions';
const RECONNECT_MS = 1_000;

/**
 * Carries session changes between the API instances that share the database, through PostgreSQL's
 * LISTEN/NOTIFY: each instance keeps one connection listening (outside the pool, which lends its
 * connections out) and hears its own notices too. While that connection is down an instance may
 * miss a notice, so it is told `reset` once listening again and forgets everything it remembers.
 */
@Injectable()
export class SessionEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionEvents.name);
  private listener: pg.Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopping = false;
  private handlers: { event: (event: SessionEvent) => void; reset: () => void } = { event: () => undefined, reset: () => undefined };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Who applies the changes heard (the session cache). */
  subscribe(handlers: { event: (event: SessionEvent) => void; reset: () => void }): void {
    this.handlers = handlers;
  }

  /** Tells every instance, this one included; a failure is logged, as the change itself has already committed. */
  async publish(event: SessionEvent): Promise<void> {
    try {
      await this.dataSource.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(event)]);
    } catch (error) {
      this.logger.warn(`Other API instances were not told of a session change: ${(error as Error).message}`);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.retry) clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.handlers.event(JSON.parse(message.payload) as SessionEvent);
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
      this.handlers.reset();
    } catch (error) {
      this.logger.warn(`Not listening for session changes yet: ${(error as Error).message}`);
      this.reconnect(client);
    }
  }

  private reconnect(client: pg.Client): void {
    if (this.stopping || this.retry) return;
    if (this.listener === client) this.listener = null;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.listen();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
