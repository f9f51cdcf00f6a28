import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const child = globalThis.__e2eApp;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await globalThis.__e2ePostgres?.stop();
  if (globalThis.__e2ePostgresParent) await rm(globalThis.__e2ePostgresParent, { recursive: true, force: true });
}
