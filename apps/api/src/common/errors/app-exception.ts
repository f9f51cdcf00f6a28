import type { ErrorCode, FieldError } from '@giao-ban/shared';

/** The one exception the services throw; the filter turns it into `{ code, message, details }`. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppException';
  }
}

function assertUnreachable(value: never): never {
  throw new Error(`Unmapped error code: ${String(value)}`);
}

/** Transport status of each code; exhaustive, so a new code without a status fails to compile. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'IMPORT_INVALID':
      return 422;
    case 'BAD_REQUEST':
    case 'MALFORMED_BODY':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'PASSWORD_CHANGE_REQUIRED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'OWN_ACCOUNT_LOCKOUT':
    case 'STALE_VERSION':
    case 'ILLEGAL_TRANSITION':
    case 'PERIOD_NOT_OPEN':
    case 'OBLIGATION_CONFLICT':
    case 'PAST_DUE_CONFIRMATION_REQUIRED':
    case 'BULLETIN_ISSUE_EXISTS':
    case 'BULLETIN_WINDOW_CLOSED':
    case 'BULLETIN_ISSUE_PUBLISHED':
    case 'BULLETIN_ISSUE_NOT_PUBLISHED':
      return 409;
    case 'FILE_TOO_LARGE':
    case 'BODY_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_FILE_TYPE':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'DATABASE_UNAVAILABLE':
    case 'LIBREOFFICE_UNAVAILABLE':
      return 503;
    case 'INTERNAL_ERROR':
      return 500;
    default:
      return assertUnreachable(code);
  }
}
