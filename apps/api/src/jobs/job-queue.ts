/**
 * A named queue of durable jobs whose data is `T`. The name and the retry policy are the queue's;
 * `JobsService.send` and `JobsService.work` take the queue, so a sender and its worker cannot
 * disagree on the shape of the data.
 */
export interface JobQueue<T extends object> {
  readonly name: string;
  readonly retryLimit: number;
  /** Seconds before the first retry; with backoff each later wait doubles (pg-boss adds jitter). */
  readonly retryDelaySeconds: number;
  readonly retryBackoff: boolean;
  /** A run taking longer than this counts as failed (and is retried). */
  readonly expireInSeconds: number;
  /** Phantom: carries `T` for the type checker only. */
  readonly __data?: T;
}

export function jobQueue<T extends object>(name: string, policy: Omit<JobQueue<T>, 'name' | '__data'>): JobQueue<T> {
  if (!/^[a-z][a-z0-9_.-]*$/.test(name)) throw new Error(`Not a queue name: ${name}`);
  return { name, ...policy };
}

/** One run of a job, as its handler sees it. */
export interface JobRun<T> {
  id: string;
  data: T;
  /** 1 for the first run, 2 for the first retry… */
  attempt: number;
  /** No retry follows if this run fails. */
  lastAttempt: boolean;
}

export type JobHandler<T> = (run: JobRun<T>) => Promise<void>;
