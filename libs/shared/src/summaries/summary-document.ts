import type { FieldError } from '../api/api.types.js';

/**
 * The summary's text is stored as a small, closed document model — never as HTML — so nothing
 * the office types can become markup, script or style in another user's browser or in Word.
 *
 *   document  = { blocks: block[] }
 *   block     = { type: 'paragraph', runs: run[] } | { type: 'bullets', items: run[][] }
 *   run       = { text: string, bold?: true, italic?: true }
 *
 * Text is plain text: `<b>` stays the four characters `<b>`. Every writer (the web app, the .docx
 * export) renders runs as text nodes.
 */
export interface SummaryRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface SummaryParagraphBlock {
  type: 'paragraph';
  runs: SummaryRun[];
}

export interface SummaryBulletsBlock {
  type: 'bullets';
  /** Each item is one bullet: a line of runs. */
  items: SummaryRun[][];
}

export type SummaryBlock = SummaryParagraphBlock | SummaryBulletsBlock;

export interface SummaryDocument {
  blocks: SummaryBlock[];
}

/** Limits of one section as the office edits it (the compiled text of a huge period may exceed them; see the README). */
export const SUMMARY_DOCUMENT_LIMITS = {
  blocks: 20_000,
  runsPerLine: 500,
  bulletItems: 10_000,
  /** As long as a unit's section may be (report sections allow 100,000 characters). */
  runText: 100_000,
  totalCharacters: 2_000_000,
} as const;

/**
 * C0 controls other than tab (line breaks too: a new line is a new block), DEL, C1 controls and
 * the BOM: never useful inside a run.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uFEFF]/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k));
}

/**
 * Checks a value against the document model: exactly these shapes, these keys and these types,
 * nothing else. Returns every problem with a dotted path under `field`; empty means valid.
 */
export function validateSummaryDocument(value: unknown, field = 'content'): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (path: string, name: string, message: string) => errors.push({ field: path, constraints: { [name]: message } });
  let characters = 0;

  const checkLine = (runs: unknown, path: string) => {
    if (!Array.isArray(runs)) return fail(path, 'isArray', 'Must be a list of runs.');
    if (runs.length > SUMMARY_DOCUMENT_LIMITS.runsPerLine) fail(path, 'maxSize', `At most ${SUMMARY_DOCUMENT_LIMITS.runsPerLine} runs.`);
    runs.forEach((run, i) => {
      const at = `${path}.${i}`;
      if (!isPlainObject(run)) return fail(at, 'isRun', 'A run is { text, bold?, italic? }.');
      const extra = unknownKeys(run, ['text', 'bold', 'italic']);
      if (extra.length) fail(at, 'whitelist', `Unknown properties: ${extra.join(', ')}.`);
      if (typeof run.text !== 'string') return fail(`${at}.text`, 'isString', 'Text must be a string.');
      if (run.text.length > SUMMARY_DOCUMENT_LIMITS.runText) fail(`${at}.text`, 'maxLength', `At most ${SUMMARY_DOCUMENT_LIMITS.runText} characters.`);
      if (FORBIDDEN_CHARACTERS.test(run.text)) fail(`${at}.text`, 'noControlCharacters', 'Control characters are not allowed.');
      characters += run.text.length;
      for (const flag of ['bold', 'italic'] as const) {
        if (run[flag] !== undefined && typeof run[flag] !== 'boolean') fail(`${at}.${flag}`, 'isBoolean', `${flag} must be true or false.`);
      }
    });
  };

  if (!isPlainObject(value)) {
    fail(field, 'isDocument', 'Must be a document { blocks: [...] }.');
    return errors;
  }
  const extra = unknownKeys(value, ['blocks']);
  if (extra.length) fail(field, 'whitelist', `Unknown properties: ${extra.join(', ')}.`);
  const blocks = value.blocks;
  if (!Array.isArray(blocks)) {
    fail(`${field}.blocks`, 'isArray', 'Must be a list of blocks.');
    return errors;
  }
  if (blocks.length > SUMMARY_DOCUMENT_LIMITS.blocks) fail(`${field}.blocks`, 'maxSize', `At most ${SUMMARY_DOCUMENT_LIMITS.blocks} blocks.`);
  blocks.forEach((block, b) => {
    const at = `${field}.blocks.${b}`;
    if (!isPlainObject(block)) return fail(at, 'isBlock', 'A block is a paragraph or a bullet list.');
    if (block.type === 'paragraph') {
      const extraKeys = unknownKeys(block, ['type', 'runs']);
      if (extraKeys.length) fail(at, 'whitelist', `Unknown properties: ${extraKeys.join(', ')}.`);
      checkLine(block.runs, `${at}.runs`);
    } else if (block.type === 'bullets') {
      const extraKeys = unknownKeys(block, ['type', 'items']);
      if (extraKeys.length) fail(at, 'whitelist', `Unknown properties: ${extraKeys.join(', ')}.`);
      if (!Array.isArray(block.items)) return fail(`${at}.items`, 'isArray', 'Must be a list of items.');
      if (block.items.length > SUMMARY_DOCUMENT_LIMITS.bulletItems) fail(`${at}.items`, 'maxSize', `At most ${SUMMARY_DOCUMENT_LIMITS.bulletItems} items.`);
      block.items.forEach((item, i) => checkLine(item, `${at}.items.${i}`));
    } else {
      fail(`${at}.type`, 'isIn', "A block's type is 'paragraph' or 'bullets'.");
    }
  });
  if (characters > SUMMARY_DOCUMENT_LIMITS.totalCharacters) {
    fail(field, 'maxLength', `At most ${SUMMARY_DOCUMENT_LIMITS.totalCharacters} characters in a section.`);
  }
  return errors;
}

/**
 * A fresh copy holding only the model's keys (flags kept only when true). Call it on a validated
 * value before storing, so nothing that slipped past a check — a prototype, an extra key — is kept.
 */
export function normalizeSummaryDocument(document: SummaryDocument): SummaryDocument {
  const line = (runs: SummaryRun[]): SummaryRun[] =>
    runs.map((r) => ({ text: String(r.text), ...(r.bold === true ? { bold: true } : {}), ...(r.italic === true ? { italic: true } : {}) }));
  return {
    blocks: document.blocks.map((b): SummaryBlock =>
      b.type === 'bullets' ? { type: 'bullets', items: b.items.map(line) } : { type: 'paragraph', runs: line(b.runs) },
    ),
  };
}

/** The document as plain text: one line per paragraph or bullet ("- " before bullets). */
export function summaryDocumentText(document: SummaryDocument): string {
  const line = (runs: SummaryRun[]) => runs.map((r) => r.text).join('');
  return document.blocks
    .flatMap((b) => (b.type === 'bullets' ? b.items.map((item) => `- ${line(item)}`) : [line(b.runs)]))
    .join('\n');
}

/** Builders used by the compiler and the tests. */
export const summaryRun = (text: string, flags: { bold?: boolean; italic?: boolean } = {}): SummaryRun => ({
  text,
  ...(flags.bold ? { bold: true } : {}),
  ...(flags.italic ? { italic: true } : {}),
});
export const summaryParagraph = (...runs: SummaryRun[]): SummaryParagraphBlock => ({ type: 'paragraph', runs });
export const summaryBullets = (items: SummaryRun[][]): SummaryBulletsBlock => ({ type: 'bullets', items });
