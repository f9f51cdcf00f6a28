import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { OnModuleDestroy } from '@nestjs/common';
import type { S3StorageConfig } from '../../config/env.schema.js';
import { MeasuringStream, StoredFileMissing, type FileStorage, type StoredFile } from './file-storage.js';

/** S3's smallest multipart part: an upload holds at most one part in memory (queueSize 1). */
const PART_BYTES = 5 * 1024 * 1024;

/** Files in an S3-compatible bucket (MinIO, AWS S3, …): every instance reads what any of them wrote. */
export class S3FileStorage implements FileStorage, OnModuleDestroy {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3StorageConfig) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.credentials ? { credentials: config.credentials } : {}),
      // The app keeps its own SHA-256 of every file; the SDK's extra checksums (aws-chunked trailers)
      // are sent and checked only where S3 requires them, which every S3-compatible server understands.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, content: Readable): Promise<StoredFile> {
    const measuring = new MeasuringStream();
    let contentError: Error | null = null;
    content.on('error', (error) => {
      contentError = error;
      measuring.destroy(error);
    });
    content.pipe(measuring);
    // A failed upload aborts its multipart upload (leavePartsOnError false): no orphan parts are billed.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: measuring },
      partSize: PART_BYTES,
      queueSize: 1,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      // When the content itself failed (the client went away), that is the cause to report, not what S3 said after.
      throw contentError ?? error;
    }
    return measuring.measured();
  }

  async get(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      // In Node the body is the HTTP response itself: a stream, read as the client reads the download.
      return object.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') throw new StoredFileMissing(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
