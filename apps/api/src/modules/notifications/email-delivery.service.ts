import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock.js';
import { APP_CONFIG, type AppConfig, type MailConfig } from '../../config/env.schema.js';
import { jobQueue, type JobQueue, type JobRun } from '../../jobs/job-queue.js';
import { JobsService } from '../../jobs/jobs.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { NotificationsRepository } from './notifications.repository.js';

export interface EmailJob {
  /** The e-mail's row in the message log, which holds its address, subject and body. */
  messageId: string;
}

/** An SMTP conversation that hangs is given up (and retried) rather than holding the worker. */
const SMTP_TIMEOUT_MS = 30_000;
const ERROR_MAX_LENGTH = 1000;

function describeSmtpError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const text = typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
  return text.length > ERROR_MAX_LENGTH ? `${text.slice(0, ERROR_MAX_LENGTH - 1)}…` : text;
}

function createTransport(mail: MailConfig): Transporter | null {
  if (!mail.smtp) return null;
  return nodemailer.createTransport({
    host: mail.smtp.host,
    port: mail.smtp.port,
    secure: mail.smtp.secure,
    ...(mail.smtp.auth ? { auth: mail.smtp.auth } : {}),
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
}

/**
 * E-mail through nodemailer over SMTP, one durable job per message: the job is added in the
 * transaction that logs the message, a failure is retried with backoff (MAIL_RETRY_LIMIT,
 * MAIL_RETRY_DELAY_SECONDS), and every attempt's outcome is written on the message's row. With no
 * SMTP server configured there is nothing to send: messages are kept in the outbox instead.
 */
@Injectable()
export class EmailDeliveryService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Email');
  private readonly queue: JobQueue<EmailJob>;
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly jobs: JobsService,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.queue = jobQueue<EmailJob>('email', {
      retryLimit: config.mail.retryLimit,
      retryDelaySeconds: config.mail.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 5 * 60,
    });
    this.transport = createTransport(config.mail);
    this.from = config.mail.from;
  }

  /** Whether e-mail leaves through an SMTP server (else it is kept in the outbox). */
  get sendsEmail(): boolean {
    return this.transport !== null;
  }

  onModuleInit(): void {
    this.jobs.work(this.queue, (run) => this.deliver(run));
  }

  /** Says at start when the SMTP server does not answer; messages wait and retry meanwhile. */
  onApplicationBootstrap(): void {
    this.transport?.verify().catch((error: unknown) => this.logger.warn(`SMTP server not reachable yet: ${describeSmtpError(error)}`));
  }

  /** Queues the sending of logged e-mails, one job each, in the caller's transaction. */
  async enqueue(db: EntityManager, messageIds: string[]): Promise<void> {
    await this.jobs.sendMany(db, this.queue, messageIds.map((messageId) => ({ messageId })));
  }

  private async deliver(run: JobRun<EmailJob>): Promise<void> {
    const db = this.dataSource.manager;
    const email = await this.repository.findEmail(db, run.data.messageId);
    // Sent already (a run that ended after sending, before pg-boss heard of it), or gone.
    if (!email || email.status === 'sent' || email.status === 'outbox') return;
    const attempts = email.attempts + 1;
    if (!this.transport) {
      // SMTP was configured when it was queued, and no longer is.
      await this.repository.recordDelivery(db, email.id, { status: 'outbox', attempts: email.attempts, lastError: null, at: this.clock.now(), sentAt: null });
      return;
    }
    try {
      await this.transport.sendMail({ from: this.from, to: email.address, subject: email.subject, text: email.body });
    } catch (error) {
      const lastError = describeSmtpError(error);
      await this.repository.recordDelivery(db, email.id, { status: run.lastAttempt ? 'failed' : 'queued', attempts, lastError, at: this.clock.now(), sentAt: null });
      this.metrics.emailAttempt(run.lastAttempt ? 'failed' : 'retry');
      if (run.lastAttempt) this.logger.warn(`E-mail ${email.id} to ${email.address} failed after ${attempts} attempts: ${lastError}`);
      throw error;
    }
    const at = this.clock.now();
    await this.repository.recordDelivery(db, email.id, { status: 'sent', attempts, lastError: null, at, sentAt: at });
    this.metrics.emailAttempt('sent');
  }
}
