import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import net from 'node:net';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';

// The embedded PostgreSQL helper of `npm start` and of the test runs, on its own servers (not the
// run's shared one): from a checkout root's other users cannot enter, after a `kill -9`, on a taken port.

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const asRoot = process.getuid?.() === 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function selectOne(url: string, sql = 'SELECT 1 AS one'): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0]?.one;
  } finally {
    await client.end();
  }
}

function folder(prefix: string, mode: number): string {
  const made = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(made, mode);
  cleanup.push(made);
  return made;
}

const cleanup: string[] = [];
const running: EmbeddedDatabase[] = [];
const orphanCandidates: string[] = [];
afterAll(async () => {
  for (const server of running) await server.stop().catch(() => undefined);
  // Should a test fail half-way, no PostgreSQL of ours outlives the run.
  for (const dataDir of orphanCandidates) {
    const pidFile = path.join(dataDir, 'postmaster.pid');
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
    const command = pid > 0 && existsSync(`/proc/${pid}`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
    if (command.includes(dataDir)) process.kill(pid, 'SIGQUIT');
  }
  for (const made of cleanup) rmSync(made, { recursive: true, force: true });
});

describe(startEmbeddedPostgres.name, () => {
  (asRoot ? it : it.skip)(
    'runs as root from a checkout inside a folder other users cannot enter (mode 700), and keeps its data there',
    async () => {
      const privateFolder = folder('gb-private-', 0o700);
      const reachable = folder('gb-reachable-', 0o755);
      // A checkout inside it: embedded-postgres and its programs copied there, its other dependencies linked.
      const modules = path.join(privateFolder, 'checkout', 'node_modules');
      const nativePackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
      for (const name of ['embedded-postgres', nativePackage]) {
        cpSync(realpathSync(path.join(repoRoot, 'node_modules', name)), path.join(modules, name), {
          recursive: true,
          verbatimSymlinks: true,
        });
      }
      for (const name of ['pg', 'async-exit-hook']) {
        mkdirSync(modules, { recursive: true });
        symlinkSync(realpathSync(path.join(repoRoot, 'node_modules', name)), path.join(modules, name));
      }
      const dataDir = path.join(privateFolder, 'checkout', '.data', 'postgres');
      const port = await freePort();
      const start = (notices: string[]) =>
        startEmbeddedPostgres({
          dataDir,
          port,
          persistent: true,
          packageDir: path.join(modules, 'embedded-postgres'),
          reachableRoot: reachable,
          onNotice: (sentence) => notices.push(sentence),
        });

      const notices: string[] = [];
      const sut = await start(notices);
      running.push(sut);
      expect(await selectOne(sut.url)).toBe(1);
      await selectOne(sut.url, 'CREATE TABLE kept AS SELECT 1 AS one');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(
        `The postgres user PostgreSQL runs as cannot enter ${privateFolder} (mode 700), so PostgreSQL's programs run from a copy in ${reachable}/giao-ban-postgres-`,
      );
      expect(notices[0]).toMatch(new RegExp(`and its data lives in ${sut.dataDir} \\(${dataDir} links there\\)\\.$`));
      expect(path.dirname(sut.dataDir)).toBe(reachable);
      expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
      expect(realpathSync(dataDir)).toBe(sut.dataDir);
      await sut.stop();

      // The next start finds the copy and the data through the link: the table is still there.
      const again = await start([]);
      running.push(again);
      expect(again.dataDir).toBe(sut.dataDir);
      expect(await selectOne(again.url, 'SELECT one FROM kept')).toBe(1);
      await again.stop();
    },
  );

  describe('on a data folder of its own', () => {
    let dataDir: string;
    let port: number;
    beforeAll(async () => {
      dataDir = path.join(folder('gb-orphan-', 0o755), 'postgres');
      orphanCandidates.push(dataDir);
      port = await freePort();
    });

    it('stops the PostgreSQL a start killed with SIGKILL left running, says so, and comes up', async () => {
      const child = spawn(process.execPath, [path.join(import.meta.dirname, 'helpers/start-embedded-postgres.mjs'), dataDir, String(port)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = once(child, 'exit');
      const first = await new Promise<{ url: string }>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0] ?? ''));
        });
        child.once('exit', (code) => reject(new Error(`the first start exited with code ${code}`)));
      });
      const orphan = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      child.kill('SIGKILL');
      await exited;
      expect(await selectOne(first.url)).toBe(1); // `kill -9` of the app leaves its PostgreSQL running

      const notices: string[] = [];
      const sut = await startEmbeddedPostgres({ dataDir, port, persistent: true, onNotice: (s) => notices.push(s) });
      running.push(sut);
      // (From a checkout root's other users cannot enter, a sentence about the programs' copy comes first.)
      expect(notices).toContain(
        `Stopped the PostgreSQL (PID ${orphan}) that an earlier start left running in ${dataDir} when it ended without stopping it.`,
      );
      expect(await selectOne(sut.url)).toBe(1);
      expect(Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])).not.toBe(orphan);
      await sut.stop();
    });

    it('explains a taken port in one sentence that names the fix', async () => {
      for (const server of running.splice(0)) await server.stop(); // the port is free, whatever happened before
      const squatter = net.createServer();
      await new Promise<void>((resolve, reject) => squatter.once('error', reject).listen(port, '::', resolve)); // IPv6 and IPv4
      try {
        const failure = await startEmbeddedPostgres({ dataDir, port, persistent: true }).then(
          (db) => {
            running.push(db);
            return null;
          },
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(EmbeddedPostgresError);
        expect((failure as Error).message).toMatch(
          new RegExp(`^PostgreSQL stopped while starting \\(.+\\); port ${port} is taken by another program: set EMBEDDED_PG_PORT to a free port\\.$`),
        );
      } finally {
        squatter.close();
      }
    });
  });
});
