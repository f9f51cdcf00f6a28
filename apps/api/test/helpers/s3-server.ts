import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3StorageConfig } from '../../src/config/env.schema.js';

export interface S3TestServer {
  /** The settings the app takes from STORAGE_DRIVER=s3 and S3_* to use this server's bucket. */
  storage: S3StorageConfig;
  /** Where s3rver keeps the objects: a test can see the bytes are really there. */
  directory: string;
  close(): Promise<void>;
}

/**
 * A real S3 protocol server (the s3rver package) on a free local port, its bucket made, its data in a
 * fresh folder: the S3 driver is tested over HTTP, signatures checked, not against a mock of the SDK.
 */
export async function startS3Server(bucket = 'giaoban-test'): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'giao-ban-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    // s3rver accepts the key pair S3RVER/S3RVER and checks each request's signature against it.
    storage: {
      driver: 's3',
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    },
    directory,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
