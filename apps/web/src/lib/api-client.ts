import { ERROR_CODES, type ApiErrorBody, type ErrorCode, type FieldError } from '@giao-ban/shared';
import { noteAppTime } from './app-clock';

/** All API routes live under one same-origin prefix; the session cookie is httpOnly. */
export const API_PREFIX = '/api';

/** The server's stable codes, plus one for a request that never got an answer. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: ApiErrorBody['details'];
  /** The server's id of the request (its log line's), for the user to quote; null without an answer. */
  readonly requestId: string | null;

  constructor(init: { status: number; code: ApiErrorCode; message: string; details?: ApiErrorBody['details']; requestId?: string | null }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId ?? null;
  }

  /** Field errors of a 422 `VALIDATION_FAILED`, or an empty list. */
  get fieldErrors(): FieldError[] {
    return Array.isArray(this.details) ? this.details : [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function hasStatus(error: unknown, status: number): boolean {
  return isApiError(error) && error.status === status;
}

/**
 * Calls whose 401 is an answer, not an expired session: the session probe says "nobody is
 * signed in" and the login form says "wrong password".
 */
const SESSION_PROBE_PATHS = new Set(['/auth/me', '/auth/login']);

type UnauthenticatedHandler = () => void;
let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/**
 * The app registers what a lost session means (forget the cached user, which sends the
 * user to the login page). Returns an unregister function.
 */
export function onUnauthenticated(handler: UnauthenticatedHandler): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = null;
  };
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  params?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

export function buildUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `${API_PREFIX}${path}${query ? `?${query}` : ''}`;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<string>(ERROR_CODES);

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 422:
      return 'VALIDATION_FAILED';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 503:
      return 'DATABASE_UNAVAILABLE';
    default:
      return 'INTERNAL_ERROR';
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    KNOWN_CODES.has((value as { code: string }).code)
  );
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // a FormData body goes as multipart/form-data: the browser writes the boundary into the header
  const multipart = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.params), {
      method,
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause; // react-query cancelled it; not an app error
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached.' });
  }

  noteAppTime(response.headers);
  const payload = await readBody(response);
  if (response.ok) return payload as T;

  const requestId = response.headers?.get('x-request-id') ?? null;
  const error = isErrorBody(payload)
    ? new ApiError({ status: response.status, code: payload.code, message: payload.message, details: payload.details, requestId: payload.requestId ?? requestId })
    : new ApiError({
        status: response.status,
        code: codeForStatus(response.status),
        message: typeof payload === 'string' && payload ? payload : response.statusText || `HTTP ${response.status}`,
        requestId,
      });

  if (response.status === 401 && !SESSION_PROBE_PATHS.has(path)) unauthenticatedHandler?.();
  throw error;
}

/** The one way the web app talks to the API. Paths are relative to `/api`. */
export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('DELETE', path, options),
};
