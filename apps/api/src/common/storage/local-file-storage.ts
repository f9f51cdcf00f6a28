import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MeasuringStream, StoredFileMissing, type FileStorage, type StoredFile } from './file-storage.js';

/** Files in a folder of this machine (UPLOAD_DIR): one instance, or several sharing a network folder. */
export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    const target = path.resolve(this.root, key);
    // Keys are the app's own, but a key that climbs out of the folder is refused rather than trusted.
    if (!target.startsWith(this.root + path.sep)) throw new Error(`Storage key outside the upload folder: ${key}`);
    return target;
  }

  async put(key: string, content: Readable): Promise<StoredFile> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside its place and renamed: a reader never sees half a file under the key.
    const partial = `${target}.${randomUUID()}.part`;
    const measuring = new MeasuringStream();
    try {
      await pipeline(content, measuring, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return measuring.measured();
  }

  async get(key: string): Promise<Readable> {
    // Opened before answering, so a missing file is known before any byte is sent.
    const handle = await open(this.pathOf(key), 'r').catch((error: { code?: string }) => {
      if (error.code === 'ENOENT') throw new StoredFileMissing(key);
      throw error;
    });
    return handle.createReadStream();
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
