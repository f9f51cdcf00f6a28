import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  await Promise.all(
    (globalThis.__e2eApps ?? []).map((child) => {
      if (child.exitCode !== null) return undefined;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    }),
  );
  await globalThis.__e2ePostgres?.stop();
  if (globalThis.__e2ePostgresParent) await rm(globalThis.__e2ePostgresParent, { recursive: true, force: true });
}
