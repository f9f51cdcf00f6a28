import { open } from 'node:fs/promises';
import type { AttachmentType } from '@giao-ban/shared';
import yauzl from 'yauzl';

/** What an Office file may unpack to: far beyond any real report, far below a zip bomb. */
export const OFFICE_LIMITS: OfficeLimits = { entries: 5_000, totalBytes: 250 * 1024 * 1024, ratio: 200 };

export interface OfficeLimits {
  entries: number;
  totalBytes: number;
  ratio: number;
}

/** The part an Office file of each kind cannot be without. */
const MAIN_PART: Partial<Record<AttachmentType, string>> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };

/**
 * Why a stored file is not a whole file of its detected type, or null when it is. The type was
 * read from the first bytes; this reads the rest: an Office file's zip (every entry unpacked and
 * counted, sizes and ratio bounded, its main part present), a PDF's trailer (startxref pointing
 * inside the file, %%EOF at the end), a PNG's IEND chunk. A JPEG is left to its signature: phones
 * append their own data after the image.
 */
export async function attachmentContentFault(filePath: string, type: AttachmentType, size: number, limits: OfficeLimits = OFFICE_LIMITS): Promise<string | null> {
  switch (type) {
    case 'docx':
    case 'xlsx':
      return officeFault(filePath, MAIN_PART[type]!, limits);
    case 'pdf':
      return pdfFault(filePath, size);
    case 'png':
      return pngFault(filePath, size);
    default:
      return null;
  }
}

async function readRange(filePath: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, length));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function pdfFault(filePath: string, size: number): Promise<string | null> {
  const tailStart = Math.max(0, size - 2048);
  const tail = (await readRange(filePath, tailStart, size - tailStart)).toString('latin1');
  const trailer = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!trailer) return 'The PDF does not end with its trailer (startxref … %%EOF).';
  const xrefOffset = Number(trailer[1]);
  if (!(xrefOffset > 0 && xrefOffset < size)) return 'The PDF trailer points outside the file.';
  const atXref = (await readRange(filePath, xrefOffset, 32)).toString('latin1');
  if (!/^(xref|\d+\s+\d+\s+obj)/.test(atXref)) return 'The PDF trailer does not point at its cross-reference table.';
  return null;
}

const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

async function pngFault(filePath: string, size: number): Promise<string | null> {
  const tail = await readRange(filePath, Math.max(0, size - PNG_END.length), PNG_END.length);
  return tail.equals(PNG_END) ? null : 'The PNG image does not end with its IEND chunk.';
}

function officeFault(filePath: string, mainPart: string, limits: OfficeLimits): Promise<string | null> {
  return new Promise((resolve) => {
    yauzl.open(filePath, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return resolve('The file is not a readable Office document (its zip structure is broken).');
      let entries = 0;
      let totalBytes = 0;
      let hasMainPart = false;
      let hasContentTypes = false;
      const fail = (reason: string) => {
        zip.close();
        resolve(reason);
      };
      zip.on('error', () => fail('The file is not a readable Office document (its zip structure is broken).'));
      zip.on('end', () => {
        if (!hasContentTypes || !hasMainPart) resolve(`The file is not a Word or Excel document (it has no ${hasContentTypes ? mainPart : '[Content_Types].xml'}).`);
        else resolve(null);
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        entries++;
        if (entries > limits.entries) return fail('The Office document has too many parts.');
        if (entry.fileName === '[Content_Types].xml') hasContentTypes = true;
        if (entry.fileName === mainPart) hasMainPart = true;
        if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > limits.ratio) {
          return fail('The Office document unpacks to far more than its size (a zip bomb).');
        }
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail('The Office document has a part that cannot be read.');
          stream.on('data', (chunk: Buffer) => {
            totalBytes += chunk.length;
            if (totalBytes > limits.totalBytes) {
              stream.destroy();
              fail(`The Office document unpacks to more than ${Math.round(limits.totalBytes / 1024 / 1024)} MB.`);
            }
          });
          stream.on('error', () => fail('The Office document has a part that cannot be read.'));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
