import type { SummaryBlock, SummaryDocument, SummaryRun } from '@giao-ban/shared';

/**
 * The block editor works on a flat list of lines — a paragraph, or one bullet — each a list of
 * runs. Consecutive bullets become one bullet list when the document is written back. Nothing here
 * ever produces HTML: the text stays text, bold and italic stay flags.
 */
export interface EditorLine {
  id: string;
  kind: 'paragraph' | 'bullet';
  runs: SummaryRun[];
}

type Mark = 'bold' | 'italic';
interface Char {
  ch: string;
  bold: boolean;
  italic: boolean;
}

let nextId = 0;
export const newLineId = () => `line-${++nextId}`;

export function documentToLines(document: SummaryDocument): EditorLine[] {
  const lines: EditorLine[] = [];
  for (const block of document.blocks) {
    if (block.type === 'bullets') {
      for (const item of block.items) lines.push({ id: newLineId(), kind: 'bullet', runs: mergeRuns(item) });
    } else {
      lines.push({ id: newLineId(), kind: 'paragraph', runs: mergeRuns(block.runs) });
    }
  }
  return lines.length ? lines : [{ id: newLineId(), kind: 'paragraph', runs: [] }];
}

/** The stored model: empty lines dropped, runs merged, flags only when true. */
export function linesToDocument(lines: EditorLine[]): SummaryDocument {
  const blocks: SummaryBlock[] = [];
  for (const line of lines) {
    const runs = mergeRuns(line.runs);
    if (!runs.some((run) => run.text.trim() !== '')) continue;
    if (line.kind === 'bullet') {
      const last = blocks[blocks.length - 1];
      if (last?.type === 'bullets') last.items.push(runs);
      else blocks.push({ type: 'bullets', items: [runs] });
    } else {
      blocks.push({ type: 'paragraph', runs });
    }
  }
  return { blocks };
}

export const lineText = (runs: SummaryRun[]) => runs.map((run) => run.text).join('');

function toChars(runs: SummaryRun[]): Char[] {
  return runs.flatMap((run) => run.text.split('').map((ch) => ({ ch, bold: run.bold === true, italic: run.italic === true })));
}

function fromChars(chars: Char[]): SummaryRun[] {
  const runs: SummaryRun[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last && (last.bold === true) === c.bold && (last.italic === true) === c.italic) last.text += c.ch;
    else runs.push({ text: c.ch, ...(c.bold ? { bold: true } : {}), ...(c.italic ? { italic: true } : {}) });
  }
  return runs;
}

/** Adjacent runs with the same flags joined, empty runs dropped. */
export function mergeRuns(runs: SummaryRun[]): SummaryRun[] {
  return fromChars(toChars(runs));
}

/**
 * The runs after the textarea's text became `next`: the common start and end keep their
 * formatting, typed text takes the formatting of the character before it (or after, at the start).
 * Works on UTF-16 indices, as the textarea does.
 */
export function applyTextChange(runs: SummaryRun[], next: string): SummaryRun[] {
  const chars = runs.flatMap((run) => run.text.split('').map((ch) => ({ ch, bold: run.bold === true, italic: run.italic === true })));
  const prev = chars.map((c) => c.ch).join('');
  if (prev === next) return runs;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let end = 0;
  while (end < prev.length - start && end < next.length - start && prev[prev.length - 1 - end] === next[next.length - 1 - end]) end++;
  const inserted = next.slice(start, next.length - end);
  const model = chars[start - 1] ?? chars[prev.length - end] ?? { bold: false, italic: false };
  const middle = inserted.split('').map((ch) => ({ ch, bold: model.bold, italic: model.italic }));
  return fromChars([...chars.slice(0, start), ...middle, ...chars.slice(prev.length - end)]);
}

/** B / I on a selection: on when any selected character lacks it, off when all have it. */
export function toggleMark(runs: SummaryRun[], from: number, to: number, mark: Mark): SummaryRun[] {
  if (to <= from) return runs;
  const chars = runs.flatMap((run) => run.text.split('').map((ch) => ({ ch, bold: run.bold === true, italic: run.italic === true })));
  const selected = chars.slice(from, to);
  const on = selected.some((c) => !c[mark]);
  return fromChars(chars.map((c, i) => (i >= from && i < to ? { ...c, [mark]: on } : c)));
}

/** Whether every selected character (or the one before the caret) carries the mark. */
export function hasMark(runs: SummaryRun[], from: number, to: number, mark: Mark): boolean {
  const chars = runs.flatMap((run) => run.text.split('').map(() => ({ bold: run.bold === true, italic: run.italic === true })));
  const selected = to > from ? chars.slice(from, to) : chars.slice(Math.max(0, from - 1), from);
  return selected.length > 0 && selected.every((c) => c[mark]);
}

/** Enter: the line splits at the caret, formatting kept on both sides. */
export function splitRuns(runs: SummaryRun[], at: number): [SummaryRun[], SummaryRun[]] {
  const chars = runs.flatMap((run) => run.text.split('').map((ch) => ({ ch, bold: run.bold === true, italic: run.italic === true })));
  return [fromChars(chars.slice(0, at)), fromChars(chars.slice(at))];
}
