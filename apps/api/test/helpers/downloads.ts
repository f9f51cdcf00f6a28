import JSZip from 'jszip';
import type TestAgent from 'supertest/lib/agent.js';

/**
 * A supertest parser that keeps the body as bytes whatever its media type (supertest would parse
 * JSON and text and drop the rest): `.buffer(true).parse(bodyBytes)`.
 */
export function bodyBytes(
  res: { on(event: string, listener: (chunk: Buffer) => void): unknown },
  done: (err: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The bytes of a download (an export), whatever its media type; anything but 200 throws. */
export async function downloadBytes(agent: TestAgent, path: string): Promise<Buffer> {
  const response = await agent.get(path).buffer(true).parse(bodyBytes);
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return response.body as Buffer;
}

/** A .docx's parts by name, but docProps/core.xml (the document's properties, not its content). */
export async function docxParts(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).sort()) {
    if (name !== 'docProps/core.xml') parts.set(name, await zip.file(name)!.async('nodebuffer'));
  }
  return parts;
}
