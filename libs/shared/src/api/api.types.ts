/** Stable error codes of the JSON API. The web app maps them to messages. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'OWN_ACCOUNT_LOCKOUT',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_VERSION',
  'ILLEGAL_TRANSITION',
  'PERIOD_NOT_OPEN',
  'OBLIGATION_CONFLICT',
  'IMPORT_INVALID',
  'PAST_DUE_CONFIRMATION_REQUIRED',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'TOO_MANY_REQUESTS',
  'BODY_TOO_LARGE',
  'MALFORMED_BODY',
  'UNSUPPORTED_MEDIA_TYPE',
  'BULLETIN_ISSUE_EXISTS',
  'BULLETIN_WINDOW_CLOSED',
  'BULLETIN_ISSUE_PUBLISHED',
  'BULLETIN_ISSUE_NOT_PUBLISHED',
  'LIBREOFFICE_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every API answer carries the app's time (ISO 8601) in this header. The web app reckons "today"
 * from it, not from the computer it runs on: deadlines are the server's, a district office's PC may
 * be set to the wrong day, and in demo mode the administrator moves the app's time.
 */
export const APP_TIME_HEADER = 'X-App-Time';

/** The largest value of a PostgreSQL `integer` column: ids, version numbers and pages stop here. */
export const MAX_INT4 = 2_147_483_647;

export interface FieldError {
  /** Dotted path of the offending field, e.g. `indicators.0.value`. */
  field: string;
  /** Constraint name → message. */
  constraints: Record<string, string>;
}

/** The one error shape of the API. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: FieldError[] | Record<string, unknown>;
  /** The request's id (also its X-Request-Id header and in the server's log line), for a user to quote. */
  requestId?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface HealthStatus {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  time: string;
}

/** `/api/health/ready`: a load balancer sends requests to this instance only while it says ok. */
export interface HealthReadiness extends HealthStatus {
  /** Every migration this code knows has run on the database ('unknown' while it does not answer). */
  migrations: 'done' | 'pending' | 'unknown';
}
