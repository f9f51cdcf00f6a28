import { PassThrough, type Readable } from 'node:stream';
import { Zip, type ZipInputFile } from 'fflate';
import yauzl from 'yauzl';

const openZip = (zip: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))));

/**
 * The same zip (its entries, in their order, with the same content) with every entry's time set to
 * `mtime`, as a stream. docx's Packer stamps its zip's entries with the moment it runs; an export
 * restamped with its summary's compile time is the same bytes on every download.
 *
 * Each entry's compressed bytes are copied as they are, not inflated and deflated again: yauzl
 * reads them as stored (`decodeFileData: false`) with their CRC and size from the central
 * directory, and fflate's `Zip` writes them under new headers — a `ZipInputFile` whose data was
 * compressed elsewhere, the extension point fflate documents for compressors of its users' own.
 * The copy is made before the stream is returned (the zip is in memory already), so a damaged
 * zip fails the export instead of cutting its download short.
 */
export async function restampedZip(zip: Buffer, mtime: Date): Promise<Readable> {
  const source = await openZip(zip);
  const out = new PassThrough();
  const archive = new Zip((error, chunk, final) => {
    if (error) out.destroy(error);
    else {
      out.write(chunk);
      if (final) out.end();
    }
  });
  for await (const entry of source.eachEntry()) {
    const file: ZipInputFile = { filename: entry.fileName, size: entry.uncompressedSize, crc: entry.crc32, compression: entry.compressionMethod, mtime };
    archive.add(file);
    // `add` gives the entry the handler its data goes to.
    const write = file.ondata;
    if (!write) throw new Error(`The zip did not take ${entry.fileName}`);
    const data = await source.openReadStreamPromise(entry, { decodeFileData: false });
    for await (const chunk of data as AsyncIterable<Uint8Array<ArrayBuffer>>) write(null, chunk, false);
    write(null, new Uint8Array(0), true);
  }
  archive.end();
  return out;
}
