/** Error messages of pg and pg-pool when the server cannot be reached or stops answering. */
const UNREACHABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Query read timeout',
  'Client has encountered a connection error',
];
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

/**
 * Whether an error means the database is out of reach or overloaded rather than that the request
 * was wrong: no connection, a cut or frozen connection, a statement over its time limit, the server
 * shutting down or full. The API answers these with 503 DATABASE_UNAVAILABLE.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Duck-typed: errors of Node's own sockets may come from another realm than this module's Error.
  const cause = ((error as { driverError?: unknown } | null)?.driverError ?? error) as { code?: unknown; message?: unknown } | null;
  if (typeof cause !== 'object' || cause === null) return false;
  const code = cause.code;
  if (typeof code === 'string') {
    if (UNREACHABLE_CODES.has(code)) return true;
    // SQLSTATE class 08: connection exception; 57014: statement timeout; 57P01-57P03: shutting
    // down or starting; 53300: too many connections.
    if (code.startsWith('08') || code === '57014' || /^57P0[123]$/.test(code) || code === '53300') return true;
  }
  const message = cause.message;
  return typeof message === 'string' && UNREACHABLE_MESSAGES.some((known) => message.includes(known));
}
