/** A whole (tiny) PDF: header, one object, a cross-reference table and the trailer pointing at it. */
export function minimalPdf(): Buffer {
  const head = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n';
  const xref = `xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n${head.length}\n%%EOF\n`;
  return Buffer.from(head + xref);
}
