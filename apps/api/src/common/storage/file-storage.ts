import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';

/** What was stored: counted and hashed from the bytes as they passed, never read back. */
export interface StoredFile {
  sizeBytes: number;
  /** SHA-256 of the content, lowercase hex. */
  sha256: string;
}

/**
 * Where the evidence files live: a folder on this machine, or an S3-compatible bucket that every
 * instance behind a load balancer reaches. Keys are the app's own (`2026/<uuid>.pdf`), never a user's file name.
 * Both directions stream: no driver holds a whole file in memory.
 */
export interface FileStorage {
  put(key: string, content: Readable): Promise<StoredFile>;
  /** The content; rejects with StoredFileMissing when no file has this key. */
  get(key: string): Promise<Readable>;
  /** Removing a key that holds nothing is not an error: a removal may be retried. */
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

export class StoredFileMissing extends Error {
  constructor(readonly key: string) {
    super(`No stored file has the key ${key}`);
    this.name = 'StoredFileMissing';
  }
}

/**
 * Passes the bytes on unchanged, counting and hashing them on the way. Its state is in #private fields:
 * the S3 uploader reads a body's `size` or `length` property as its total length, which a public counter would fake.
 */
export class MeasuringStream extends Transform {
  readonly #hash: Hash = createHash('sha256');
  #bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#hash.update(chunk);
    this.#bytes += chunk.length;
    callback(null, chunk);
  }

  /** Only once the stream has ended. */
  measured(): StoredFile {
    return { sizeBytes: this.#bytes, sha256: this.#hash.digest('hex') };
  }
}
