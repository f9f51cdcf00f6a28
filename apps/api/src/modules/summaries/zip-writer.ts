import { crc32, createDeflateRaw } from 'node:zlib';

/**
 * A minimal ZIP (PKWARE APPNOTE 6.3, no ZIP64) writer over Node's own zlib, so a part can be
 * deflated as it is produced instead of after the whole part exists as one string. The .docx
 * export feeds it the parts `docx` compiles, with the body of document.xml in pieces (see
 * summary-docx.writer.ts); a summary of thousands of units then never holds its whole XML at once.
 */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly entries: { name: Buffer; crc: number; compressed: number; size: number; offset: number }[] = [];
  private offset = 0;

  constructor(private readonly level = 6) {}

  /** Adds a file whose content arrives in pieces (strings are written as UTF-8). */
  async addStreamed(name: string, pieces: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<void> {
    const deflate = createDeflateRaw({ level: this.level });
    const compressed: Buffer[] = [];
    deflate.on('data', (c: Buffer) => compressed.push(c));
    const done = new Promise<void>((resolve, reject) => {
      deflate.once('end', resolve);
      deflate.once('error', reject);
    });
    let crc = 0;
    let size = 0;
    for await (const piece of pieces) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      if (bytes.length === 0) continue;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
    }
    deflate.end();
    await done;
    this.append(name, crc, size, compressed);
  }

  add(name: string, content: string | Uint8Array): Promise<void> {
    return this.addStreamed(name, [content]);
  }

  private append(name: string, crc: number, size: number, compressed: Buffer[]): void {
    const fileName = Buffer.from(name, 'utf8');
    const compressedSize = compressed.reduce((n, c) => n + c.length, 0);
    if (size > 0xffffffff || compressedSize > 0xffffffff) throw new Error(`${name} is too large for a ZIP without ZIP64`);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0); // local file header
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10); // time 00:00
    header.writeUInt16LE(0x21, 12); // date 1980-01-01
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(fileName.length, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push({ name: fileName, crc: crc >>> 0, compressed: compressedSize, size, offset: this.offset });
    this.chunks.push(header, fileName, ...compressed);
    this.offset += header.length + fileName.length + compressedSize;
  }

  /** The ZIP file: the entries, then the central directory. */
  finish(): Buffer {
    const directoryStart = this.offset;
    const directory: Buffer[] = [];
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0); // central directory header
      header.writeUInt16LE(20, 4); // made by
      header.writeUInt16LE(20, 6); // needed
      header.writeUInt16LE(0x0800, 8);
      header.writeUInt16LE(8, 10);
      header.writeUInt16LE(0, 12);
      header.writeUInt16LE(0x21, 14);
      header.writeUInt32LE(e.crc, 16);
      header.writeUInt32LE(e.compressed, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      // extra, comment, disk, internal and external attributes: 0
      header.writeUInt32LE(e.offset, 42);
      directory.push(header, e.name);
    }
    const directorySize = directory.reduce((n, c) => n + c.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(directoryStart, 16);
    return Buffer.concat([...this.chunks, ...directory, end]);
  }
}
