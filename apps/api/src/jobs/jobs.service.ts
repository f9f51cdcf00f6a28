import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { VIETNAM_TIME_ZONE } from '@giao-ban/shared';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.schema.js';
import type { JobHandler, JobQueue } from './job-queue.js';

/** pg-boss keeps its tables in a schema of its own, created and upgraded by pg-boss itself on start. */
export const JOBS_SCHEMA = 'pgboss';
/** How many waiting jobs `take` runs in one call. */
const TAKE_BATCH_SIZE = 100;
/** How often an idle worker asks PostgreSQL for a job. */
const POLLING_INTERVAL_SECONDS = 1;
/** How long stopping waits for running jobs before it gives up on them (they are retried later). */
const STOP_TIMEOUT_MS = 10_000;
/** The same error (a database that is down) is logged at most once per minute. */
const ERROR_LOG_INTERVAL_MS = 60_000;

/** A queue's cron schedule as pg-boss keeps it. */
export interface JobSchedule {
  name: string;
  cron: string;
  timeZone: string;
  data: object | null;
}

/**
 * Durable jobs in PostgreSQL (pg-boss): a job is a row, so it survives restarts, is taken by
 * exactly one of several API processes sharing the database (SKIP LOCKED), and is retried with
 * backoff when its handler throws. pg-boss starts after every module has registered its workers
 * (onModuleInit) and stops before TypeORM closes its connections, so a running job can still
 * record its outcome.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  /** Each queue this process uses; without a handler its jobs are run by `take`, never by a polling worker. */
  private readonly queues = new Map<string, { queue: JobQueue<object>; handler: JobHandler<object> | null }>();
  private readonly schedules = new Map<string, { cron: string; data: object }>();
  private readonly lastLogged = new Map<string, number>();
  private started = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: JOBS_SCHEMA,
      // Not "giao-ban": a restore looks for the app's own connections by that name.
      application_name: 'giao-ban jobs',
      max: 4,
      // Tests run scheduled work themselves, on the clock they set: a cron tick in the middle of a
      // test would act on a clock the test did not mean. Schedules are still stored (and readable).
      schedule: config.nodeEnv !== 'test',
    });
    this.boss.on('error', (error) => this.logError(error));
  }

  /** Registers the handler of a queue (in a module's onModuleInit); work begins once the app has started. */
  work<T extends object>(queue: JobQueue<T>, handler: JobHandler<T>): void {
    if (this.started) throw new Error(`Queue ${queue.name}: register workers before the application starts`);
    if (this.queues.has(queue.name)) throw new Error(`Queue ${queue.name} has a worker already`);
    this.queues.set(queue.name, { queue, handler: handler as JobHandler<object> });
  }

  /**
   * Registers a queue whose jobs this process runs only when it calls `take` (in a module's
   * onModuleInit): the caller decides when they run, as a test or the demo clock needs it to.
   */
  register<T extends object>(queue: JobQueue<T>): void {
    if (this.started) throw new Error(`Queue ${queue.name}: register queues before the application starts`);
    if (this.queues.has(queue.name)) throw new Error(`Queue ${queue.name} is registered already`);
    this.queues.set(queue.name, { queue, handler: null });
  }

  /**
   * Runs the jobs waiting in a registered queue, one after another (pg-boss `fetch`, then
   * `complete`): a job whose handler throws is marked failed and retried later by the queue's
   * policy, the others still run; the first error is thrown once all have run. Returns how many ran.
   */
  async take<T extends object>(queue: JobQueue<T>, handler: JobHandler<T>): Promise<number> {
    const registered = this.queues.get(queue.name);
    if (!registered || registered.handler) throw new Error(`Queue ${queue.name} is not registered for take`);
    if (!this.started) return 0;
    const jobs = await this.boss.fetch<T>(queue.name, { batchSize: TAKE_BATCH_SIZE, includeMetadata: true });
    let firstError: unknown = null;
    for (const job of jobs) {
      try {
        await handler({ id: job.id, data: job.data, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit });
        await this.boss.complete(queue.name, job.id);
      } catch (error) {
        await this.boss.fail(queue.name, job.id, { message: error instanceof Error ? error.message : String(error) });
        firstError ??= error;
      }
    }
    if (firstError !== null) throw firstError;
    return jobs.length;
  }

  /**
   * Sends a job to a queue on a cron schedule in Vietnam's time (register in onModuleInit, with the
   * queue's worker). pg-boss keeps the schedule in the database and sends each tick's job once,
   * however many API processes share it.
   */
  schedule<T extends object>(queue: JobQueue<T>, cron: string, data: T): void {
    if (this.started) throw new Error(`Queue ${queue.name}: schedule before the application starts`);
    if (!this.queues.get(queue.name)?.handler) throw new Error(`Queue ${queue.name} has no worker registered`);
    this.schedules.set(queue.name, { cron, data });
  }

  /** The schedules pg-boss holds. */
  async findSchedules(): Promise<JobSchedule[]> {
    const rows = await this.boss.getSchedules();
    return rows.map((s) => ({
      name: s.name,
      cron: s.cron,
      timeZone: (s as PgBoss.Schedule & { timezone?: string }).timezone ?? s.options?.tz ?? 'UTC',
      data: s.data ?? null,
    }));
  }

  /** Jobs waiting to run in each queue this process works (pg-boss getQueueSize: created or retry). */
  async queueSizes(): Promise<{ queue: string; size: number }[]> {
    if (!this.started) return [];
    return Promise.all([...this.queues.keys()].map(async (queue) => ({ queue, size: await this.boss.getQueueSize(queue) })));
  }

  /**
   * Adds a job inside the caller's transaction (pg-boss runs its insert on the connection given):
   * the job exists exactly when the caller's changes commit, and is never run for a rolled-back one.
   */
  async send<T extends object>(db: EntityManager, queue: JobQueue<T>, data: T): Promise<string> {
    const id = await this.boss.send(queue.name, data, { db: this.transactionOf(db, queue) });
    // Null only when the queue is missing: losing the job silently would lose the message.
    if (!id) throw new Error(`Queue ${queue.name} does not exist in ${JOBS_SCHEMA}`);
    return id;
  }

  /** `send` for many jobs of one queue in one statement (pg-boss `insert`), inside the caller's transaction. */
  async sendMany<T extends object>(db: EntityManager, queue: JobQueue<T>, data: T[]): Promise<void> {
    const connection = this.transactionOf(db, queue);
    if (data.length === 0) return;
    await this.boss.insert(
      data.map((d) => ({ name: queue.name, data: d })),
      { db: connection },
    );
  }

  /** pg-boss runs its SQL on the caller's connection, in its transaction. */
  private transactionOf(db: EntityManager, queue: JobQueue<object>): { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> } {
    if (!this.queues.has(queue.name)) throw new Error(`Queue ${queue.name} is not registered`);
    const runner = db.queryRunner;
    if (!runner?.isTransactionActive) throw new Error(`Queue ${queue.name}: send inside a transaction`);
    return { executeSql: async (text: string, values: unknown[]) => ({ rows: (await runner.query(text, values, true)).records }) };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const { queue, handler } of this.queues.values()) {
      const policy = {
        name: queue.name,
        retryLimit: queue.retryLimit,
        retryDelay: queue.retryDelaySeconds,
        retryBackoff: queue.retryBackoff,
        expireInSeconds: queue.expireInSeconds,
      };
      // Created once (a no-op when it exists); the policy follows this process's configuration.
      await this.boss.createQueue(queue.name, policy);
      await this.boss.updateQueue(queue.name, policy);
      if (!handler) continue;
      await this.boss.work<object>(
        queue.name,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS },
        async ([job]) => {
          if (!job) return;
          await handler({ id: job.id, data: job.data, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit });
        },
      );
      const schedule = this.schedules.get(queue.name);
      // Replaces the stored schedule of the queue (one per queue name).
      if (schedule) await this.boss.schedule(queue.name, schedule.cron, schedule.data, { tz: VIETNAM_TIME_ZONE });
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, wait: true });
  }

  private logError(error: Error & { queue?: string }): void {
    const key = `${error.queue ?? ''}:${error.message}`;
    const now = Date.now();
    if (now - (this.lastLogged.get(key) ?? 0) < ERROR_LOG_INTERVAL_MS) return;
    this.lastLogged.set(key, now);
    this.logger.error(`${error.queue ? `queue ${error.queue}: ` : ''}${error.message}`);
  }
}
