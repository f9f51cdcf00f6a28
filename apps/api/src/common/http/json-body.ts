import type { ApiErrorBody, FieldError } from '@giao-ban/shared';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { requestIdOf } from '../logging/request-logger.js';

/** No body the API takes is nested deeper than this; the deepest DTO (a summary section) needs 6. */
export const JSON_DEPTH_LIMIT = 32;

/** Every JSON body not listed in LONG_TEXT_ROUTES: sign-in, reasons, notes, settings. */
export const SMALL_BODY_LIMIT = '64kb';

/**
 * The routes that carry long texts, with their limits: a report section (100,000 characters, up to
 * four UTF-8 bytes each, plus JSON escapes) and a summary section (every unit's contribution to one
 * task group). Only a signed-in user may send them, and that is checked before the body is read.
 */
const LONG_TEXT_ROUTES: { method: string; path: RegExp; limit: string }[] = [
  { method: 'PUT', path: /^\/api\/reports\/[^/]+\/sections\/[^/]+\/?$/, limit: '1mb' },
  { method: 'PUT', path: /^\/api\/periods\/[^/]+\/summary\/sections\/[^/]+\/?$/, limit: '8mb' },
];

/** The routes that take a file (multipart/form-data) instead of JSON: evidence files, the directory import, bulletin photos. */
const UPLOAD_ROUTES = [/^\/api\/reports\/[^/]+\/attachments\/?$/, /^\/api\/import\/(?:dry-run|apply)\/?$/, /^\/api\/bulletin-items\/[^/]+\/photos\/?$/];

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function longTextLimitOf(method: string, path: string): string | null {
  return LONG_TEXT_ROUTES.find((route) => route.method === method && route.path.test(path))?.limit ?? null;
}

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, read from its bytes before it is
 * parsed: a megabyte of `[[[[…` costs one pass here instead of a parse and a validation walk.
 */
export function jsonNestingExceeds(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > limit) return true;
    } else if (byte === 0x5d || byte === 0x7d) {
      depth--;
    }
  }
  return false;
}

/** Keys that would reach an object's prototype if anything copied them. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as text: PostgreSQL refuses NUL, and a lone surrogate is not Unicode. */
function textFault(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode text';
  return null;
}

/**
 * Text PostgreSQL cannot store or that is not text at all (NUL characters — text pasted from a PDF
 * can carry one — and lone UTF-16 surrogates), and prototype keys, each named by its field path.
 */
export function unsafeFieldsOf(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const fault = textFault(value);
    return fault ? [{ field: path, constraints: { safeText: `${path} ${fault}` } }] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const errors: FieldError[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) errors.push({ field, constraints: { whitelistValidation: `property ${key} should not exist` } });
    else if (textFault(key)) errors.push({ field: path || 'body', constraints: { safeKey: `a property name ${textFault(key)}` } });
    errors.push(...unsafeFieldsOf(inner, field));
  }
  return errors;
}

function refuse(response: Response, status: number, body: ApiErrorBody): void {
  const requestId = requestIdOf(response.req);
  response.status(status).json(requestId ? { ...body, requestId } : body);
}

export interface JsonBodyOptions {
  /** Whether the request's session cookie names a live session (cached by the auth service). */
  isSignedIn: (request: Request) => Promise<boolean>;
}

/**
 * Everything a request goes through before a controller sees its body, in order:
 * 1. a write must be JSON (or the upload's multipart) and come from this site — a cross-site form
 *    can send neither `application/json` nor a matching Origin;
 * 2. a long-text route needs a live session before its body is read;
 * 3. the body is read up to its route's limit and refused if it nests too deep, then parsed;
 * 4. NUL characters, broken Unicode and prototype keys anywhere in the body or the query are a 422.
 */
export function jsonBody(options: JsonBodyOptions): (RequestHandler | ErrorRequestHandler)[] {
  const verify = (_request: unknown, _response: unknown, bytes: Buffer) => {
    if (jsonNestingExceeds(bytes, JSON_DEPTH_LIMIT)) {
      throw Object.assign(new Error(`JSON nested deeper than ${JSON_DEPTH_LIMIT} levels`), { status: 400, type: 'json.too.deep' });
    }
  };
  const parserFor = (limit: string) => express.json({ limit, verify, inflate: false, strict: true });
  const small = parserFor(SMALL_BODY_LIMIT);
  const long = new Map(LONG_TEXT_ROUTES.map((route) => [route.limit, parserFor(route.limit)]));

  const sameSiteJson: RequestHandler = (request, response, next) => {
    if (!WRITE_METHODS.has(request.method)) return next();
    // Browsers name the page a write comes from; another site's page (or "null") is refused.
    const origin = request.get('origin');
    if (origin && hostOf(origin) !== request.host) {
      return refuse(response, 403, { code: 'FORBIDDEN', message: 'Cross-site requests are not accepted.' });
    }
    const kind = request.is(['application/json', 'multipart/form-data']);
    if (kind === null || request.get('content-length') === '0') return next(); // no body
    const allowed = kind === 'application/json' || (kind === 'multipart/form-data' && request.method === 'POST' && UPLOAD_ROUTES.some((route) => route.test(request.path)));
    if (!allowed) {
      return refuse(response, 415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request body as application/json.' });
    }
    next();
  };

  const signedInForLongText: RequestHandler = (request, response, next) => {
    if (!longTextLimitOf(request.method, request.path)) return next();
    options.isSignedIn(request).then(
      (signedIn) => (signedIn ? next() : refuse(response, 401, { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' })),
      next,
    );
  };

  const parse: RequestHandler = (request, response, next) => {
    const limit = longTextLimitOf(request.method, request.path);
    (limit ? long.get(limit)! : small)(request, response, next);
  };

  const parseErrors: ErrorRequestHandler = (error: { type?: string; limit?: number }, _request, response, next) => {
    switch (error?.type) {
      case 'entity.too.large':
        return refuse(response, 413, { code: 'BODY_TOO_LARGE', message: 'The request body is too large for this route.', details: { limitBytes: error.limit } });
      case 'json.too.deep':
        return refuse(response, 400, { code: 'MALFORMED_BODY', message: `The JSON body nests deeper than ${JSON_DEPTH_LIMIT} levels.` });
      case 'entity.parse.failed':
        return refuse(response, 400, { code: 'MALFORMED_BODY', message: 'The request body is not valid JSON.' });
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return refuse(response, 415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as uncompressed UTF-8 JSON.' });
      case 'request.aborted':
      case 'request.size.invalid':
      case 'stream.encoding.set':
        return refuse(response, 400, { code: 'MALFORMED_BODY', message: 'The request body could not be read.' });
      default:
        return next(error);
    }
  };

  const safeText: RequestHandler = (request, response, next) => {
    let path: string;
    try {
      path = decodeURIComponent(request.path);
    } catch {
      return refuse(response, 400, { code: 'BAD_REQUEST', message: 'The address is not well-formed.' });
    }
    const unsafe = [
      ...unsafeFieldsOf(path, 'path'),
      ...unsafeFieldsOf(request.query, ''),
      ...unsafeFieldsOf(request.body, ''),
    ];
    if (unsafe.length) return refuse(response, 422, { code: 'VALIDATION_FAILED', message: 'The request has invalid fields.', details: unsafe });
    next();
  };

  return [sameSiteJson, signedInForLongText, parse, parseErrors, safeText];
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
