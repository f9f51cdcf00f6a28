import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { StoredFileMissing, type FileStorage } from '../src/common/storage/file-storage.js';
import { LocalFileStorage } from '../src/common/storage/local-file-storage.js';
import { S3FileStorage } from '../src/common/storage/s3-file-storage.js';
import { startS3Server, type S3TestServer } from './helpers/s3-server.js';

const MiB = 1024 * 1024;

/** `bytes` of random content made 64 KiB at a time as it is read, with the SHA-256 it will have had. */
function generated(bytes: number, failAfter?: number): { stream: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  async function* chunks() {
    for (let sent = 0; sent < bytes; ) {
      if (failAfter !== undefined && sent >= failAfter) throw new Error('the client went away');
      const chunk = randomBytes(Math.min(64 * 1024, bytes - sent));
      hash.update(chunk);
      sent += chunk.length;
      yield chunk;
    }
  }
  return { stream: Readable.from(chunks()), sha256: () => hash.digest('hex') };
}

async function sha256AndSizeOf(stream: Readable): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

let s3: S3TestServer;
let localRoot: string;
const drivers: Record<string, () => FileStorage> = {
  local: () => new LocalFileStorage(localRoot),
  s3: () => new S3FileStorage(s3.storage),
};

beforeAll(async () => {
  s3 = await startS3Server();
  localRoot = await mkdtemp(path.join(tmpdir(), 'giao-ban-local-storage-'));
});
afterAll(async () => {
  await s3.close();
  await rm(localRoot, { recursive: true, force: true });
});

describe.each(Object.keys(drivers))('%s file storage', (driver) => {
  let storage: FileStorage;
  beforeAll(() => {
    storage = drivers[driver]!();
  });
  afterAll(() => {
    (storage as Partial<S3FileStorage>).onModuleDestroy?.();
  });

  it('streams a 12 MB file in and out, with its size and SHA-256, and removes it', async () => {
    // 12 MiB: more than two of S3's 5 MiB multipart parts, so the S3 upload goes in three parts.
    const content = generated(12 * MiB);
    const key = `2026/${driver}-round-trip.pdf`;
    const stored = await storage.put(key, content.stream);
    expect(stored).toEqual({ sizeBytes: 12 * MiB, sha256: content.sha256() });

    // Read back through a second driver object: nothing is remembered in the one that wrote it.
    const reader = drivers[driver]!();
    expect(await sha256AndSizeOf(await reader.get(key))).toEqual(stored);
    (reader as Partial<S3FileStorage>).onModuleDestroy?.();

    await storage.remove(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileMissing);
    await expect(storage.remove(key)).resolves.toBeUndefined(); // a retried removal is no error
  });

  it('answers StoredFileMissing for a key that holds nothing', async () => {
    await expect(storage.get('2026/never-stored.pdf')).rejects.toBeInstanceOf(StoredFileMissing);
  });

  it('keeps nothing under the key when the content fails half-way', async () => {
    const key = `2026/${driver}-broken.pdf`;
    await expect(storage.put(key, generated(7 * MiB, 6 * MiB).stream)).rejects.toThrow('the client went away');
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileMissing);
  });
});

describe('local file storage', () => {
  it('leaves no partial file behind a failed write, and refuses a key that climbs out of its folder', async () => {
    const storage = new LocalFileStorage(localRoot);
    await expect(storage.put('2026/cut.pdf', generated(MiB, 512 * 1024).stream)).rejects.toThrow('the client went away');
    expect((await readdir(path.join(localRoot, '2026'))).filter((name) => name.includes('cut'))).toEqual([]);
    await expect(storage.put('../outside.pdf', generated(10).stream)).rejects.toThrow(/outside the upload folder/);
  });
});

describe('S3 file storage', () => {
  it('is refused by the server for an unknown access key: every request says who signs it', async () => {
    // s3rver checks the key id of a SigV4 request, not the signature itself (its README says so).
    const storage = new S3FileStorage({ ...s3.storage, credentials: { accessKeyId: 'NOT-A-KEY', secretAccessKey: 'S3RVER' } });
    try {
      await expect(storage.put('2026/stranger.pdf', generated(1024).stream)).rejects.toThrow(/Access Key Id/);
      await expect(drivers.s3!().get('2026/stranger.pdf')).rejects.toBeInstanceOf(StoredFileMissing);
    } finally {
      storage.onModuleDestroy();
    }
  });
});
