import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { BackupError } from './backup.error.js';

export interface LocalDatabase {
  url: string;
  /** Says where the data is, for the closing sentence. */
  description: string;
  /** Stops the server when this command started it; leaves a running app's server alone. */
  release(): Promise<void>;
}

/** embedded-postgres.ts signs in to the server it starts with these. */
const EMBEDDED_USER = 'giaoban';
const EMBEDDED_PASSWORD = 'giaoban';
const EMBEDDED_DATABASE = 'giaoban';

/**
 * The database of `npm start` (.data/postgres): the server of the running app when there is one
 * (a backup only reads, beside it), else that server started for this command and stopped after
 * it, with the project's helper (it handles root, private folders and a server a killed start left
 * running).
 */
export async function openLocalDatabase(options: {
  repoRoot: string;
  port: number;
  purpose: 'backup' | 'restore';
  onNotice: (sentence: string) => void;
}): Promise<LocalDatabase> {
  const dataDir = path.join(options.repoRoot, '.data', 'postgres');
  const running = runningServer(dataDir);
  if (running) {
    const host = running.socketDir ? `?host=${encodeURIComponent(running.socketDir)}` : '';
    return {
      url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${running.port}/${EMBEDDED_DATABASE}${host}`,
      description: `the running Giao Ban's database (.data/postgres, port ${running.port})`,
      release: async () => undefined,
    };
  }
  if (options.purpose === 'backup' && !existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new BackupError('There is no local database to back up (.data/postgres is empty); start Giao Ban once with npm start, or set DATABASE_URL.');
  }
  const server = await startEmbeddedPostgres({ dataDir, port: options.port, persistent: true, onNotice: options.onNotice });
  return { url: server.url, description: `the local database (.data/postgres)`, release: () => server.stop() };
}

/** A postmaster on `dataDir` whose starting Giao Ban still runs: its port and socket folder. */
function runningServer(dataDir: string): { port: number; socketDir: string | null } | null {
  const lines = readText(path.join(dataDir, 'postmaster.pid'))?.split('\n');
  const owner = Number(readText(path.join(dataDir, 'giao-ban.owner'))?.trim());
  if (!lines || !alive(Number(lines[0])) || !alive(owner) || owner === process.pid) return null;
  const port = Number(lines[3]);
  if (!Number.isInteger(port) || port <= 0) return null;
  const socketDir = lines[4]?.trim() || null;
  return { port, socketDir: socketDir && existsSync(path.join(socketDir, `.s.PGSQL.${port}`)) ? socketDir : null };
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
