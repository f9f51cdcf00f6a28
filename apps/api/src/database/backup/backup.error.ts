/**
 * A backup or restore that cannot be done. Its message is one sentence naming the cause and what to
 * do about it; the command line prints it without a stack.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}

const where = (url: string): string => {
  try {
    const parsed = new URL(url);
    const socket = parsed.searchParams.get('host');
    return `${socket ?? parsed.hostname}${socket ? '' : `:${parsed.port || 5432}`}, database ${decodeURIComponent(parsed.pathname.slice(1)) || '(default)'}`;
  } catch {
    return 'the given DATABASE_URL';
  }
};

/** PostgreSQL's and the network's failures as one sentence (connection refused, wrong password…). */
export function describeDatabaseError(error: unknown, url: string): BackupError {
  if (error instanceof BackupError) return error;
  const e = error as { code?: string; message?: string };
  const message = (e?.message ?? String(error)).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  switch (e?.code) {
    case 'ECONNREFUSED':
      return new BackupError(`No PostgreSQL answers at ${where(url)} (connection refused); start it, or check DATABASE_URL.`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new BackupError(`The PostgreSQL host of ${where(url)} is unknown; check DATABASE_URL.`);
    case '28P01':
    case '28000':
      return new BackupError(`PostgreSQL refused the sign-in at ${where(url)} (${message}); check the user and password in DATABASE_URL.`);
    case '3D000':
      return new BackupError(`The database of ${where(url)} does not exist; create it first (restore fills an empty database).`);
    case '42501':
      return new BackupError(`PostgreSQL refused a step for lack of rights (${message}); run it as the owner of the tables or a superuser.`);
    default:
      return new BackupError(`PostgreSQL at ${where(url)} failed: ${message}.`);
  }
}
