import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { JobsService } from '../../jobs/jobs.service.js';

/** Where a reminder came from: the ladder's hourly sweep, or the office's đôn đốc. */
export type ReminderKind = 'ladder' | 'manual';

/**
 * The app's Prometheus metrics, in a registry of its own per application (two apps in one test
 * process do not share counters). Pool and queue figures are read when Prometheus asks.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'giaoban_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'giaoban_http_request_duration_seconds',
    help: 'Time from a request arriving to its response finishing, by method and route template.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly remindersSent = new Counter({
    name: 'giaoban_reminders_sent_total',
    help: 'Units reminded (in the app, and by e-mail when configured), by kind: ladder or manual.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly remindersFailed = new Counter({
    name: 'giaoban_reminders_failed_total',
    help: 'Reminder deliveries that failed and were rolled back (retried by the next sweep), by kind.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly emails = new Counter({
    name: 'giaoban_emails_total',
    help: 'E-mail attempts by outcome: sent, retry (failed, tried again later) or failed (no attempt left).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(
    @InjectDataSource() dataSource: DataSource,
    jobs: JobsService,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'giaoban_' });
    // TypeORM's postgres driver keeps the pg Pool as `master`; pg documents these three counts.
    const pool = () => (dataSource.driver as PostgresDriver).master as Pool | undefined;
    new Gauge({
      name: 'giaoban_db_pool_connections',
      help: 'Connections of the database pool, by state: total (open) and idle.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p?.totalCount ?? 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
      },
    });
    new Gauge({
      name: 'giaoban_db_pool_waiting',
      help: 'Queries waiting for a free connection of the database pool.',
      registers: [this.registry],
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'giaoban_job_queue_size',
      help: 'Jobs waiting to run (created or waiting for a retry), by pg-boss queue.',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        for (const { queue, size } of await jobs.queueSizes()) this.set({ queue }, size);
      },
    });
  }

  reminderSent(kind: ReminderKind, units: number): void {
    if (units > 0) this.remindersSent.inc({ kind }, units);
  }

  reminderFailed(kind: ReminderKind): void {
    this.remindersFailed.inc({ kind });
  }

  emailAttempt(outcome: 'sent' | 'retry' | 'failed'): void {
    this.emails.inc({ outcome });
  }
}
