import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const embedded = globalThis.__embeddedPostgres;
  if (embedded) {
    await embedded.stop(); // its data folder goes with it (persistent: false)
    const parent = globalThis.__embeddedPostgresParent; // the run's temporary folder (global-setup.mjs)
    if (parent) rmSync(parent, { recursive: true, force: true });
    return;
  }
  // A server given by TEST_DATABASE_URL: drop this run's databases, leave everything else alone.
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    const run = process.env.TEST_RUN_ID;
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2`,
      [`gb_test_${run}_%`, `gb_demo_template_${run}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
