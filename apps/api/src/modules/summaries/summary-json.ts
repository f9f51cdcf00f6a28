import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import type { SummaryDetail } from '@giao-ban/shared';

/**
 * The summary as a JSON response written section by section. A compiled summary of thousands of
 * units is tens of megabytes of text: serialised in one piece it would exist three times over
 * (the objects, one UTF-16 string twice its size, the bytes sent). Same JSON, sections last.
 */
export function summaryJson(detail: SummaryDetail): StreamableFile {
  const { sections, ...rest } = detail;
  function* pieces(): Generator<string> {
    const head = JSON.stringify(rest);
    yield `${head.slice(0, -1)},"sections":[`;
    for (const [i, section] of sections.entries()) yield (i ? ',' : '') + JSON.stringify(section);
    yield ']}';
  }
  return new StreamableFile(
    Readable.from(pieces(), { objectMode: false }),
    { type: 'application/json; charset=utf-8' },
  );
}
