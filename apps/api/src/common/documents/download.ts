import type { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';

/** A generated document on its way to the client. */
export interface ExportedFile {
  stream: Readable;
  fileName: string;
  contentType: string;
}

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "bao-cao-tong-hop-6-thang-cuoi-nam-2021": the text without diacritics, for a download's name. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Streams the file as an attachment, never cached; a download the client gives up on stops its stream (and frees what it holds). */
export function sendFile(res: Response, file: ExportedFile): StreamableFile {
  res.set({
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.once('close', () => file.stream.destroy());
  return new StreamableFile(file.stream);
}
