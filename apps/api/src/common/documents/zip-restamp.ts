import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * zlib's level 1: Word and LibreOffice read any level, and at 2,520 units it deflates ~60 MB of XML
 * several times faster than the default 6, for a file about a third larger.
 */
const DEFLATE_LEVEL = 1;

const openZip = (zip: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))));

/**
 * The same zip (its entries, in their order, with the same content) with every entry's time set to
 * `mtime`, as a stream: read with yauzl, written with yazl, one entry at a time. docx's Packer
 * stamps its zip's entries with the moment it runs; an export restamped with its summary's compile
 * time is the same bytes on every download.
 */
export async function restampedZip(zip: Buffer, mtime: Date, compressionLevel = DEFLATE_LEVEL): Promise<Readable> {
  const source = await openZip(zip);
  const out = new yazl.ZipFile();
  for await (const entry of source.eachEntry()) {
    // Opened when yazl comes to it, so one entry is inflated and deflated at a time.
    out.addReadStreamLazy(entry.fileName, { mtime, compressionLevel, size: entry.uncompressedSize }, (done) => {
      source.openReadStreamPromise(entry).then(
        (stream) => done(null, stream),
        (error: unknown) => done(error, undefined as never),
      );
    });
  }
  out.end();
  return out.outputStream as Readable;
}
