/**
 * A short, stable fingerprint of a string (cyrb53, 53 bits, hex). Not cryptographic: it only
 * tells whether a unit's contribution to a section changed between two compiles. Pure JS, so the
 * web app computes the same value as the API.
 */
export function digestText(text: string): string {
  start();
  addChars(text);
  return finish();
}

function hexOf(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A JSON value made of what a contribution holds: texts, numbers, null and lists of them. */
export type DigestibleJson = string | number | boolean | null | readonly DigestibleJson[];

/**
 * `digestText(JSON.stringify(value))`, without making the JSON: the hash takes the characters
 * JSON.stringify would write, escapes included. A compile digests every unit's contribution to
 * every section — thousands of texts of a page each — and building each one's JSON only to hash
 * it was a fifth of the compile's work as it reads the reports. The spec checks it against
 * `digestText(JSON.stringify(…))` on quotes, backslashes, control characters and surrogates.
 */
export function digestJson(value: DigestibleJson): string {
  start();
  addJson(value);
  return finish();
}

/**
 * The hash's two words between the pieces of a text or value (a digest runs start to end without
 * yielding). In an Int32Array, not in an object or a closure, where V8 would box each 32-bit word
 * on every character: the loops keep them in locals.
 */
const state = new Int32Array(2);

function start(): void {
  state[0] = 0xdeadbeef;
  state[1] = 0x41c6ce57;
}

function finish(): string {
  return hexOf(state[0]!, state[1]!);
}

function addChars(text: string): void {
  let h1 = state[0]!;
  let h2 = state[1]!;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  state[0] = h1;
  state[1] = h2;
}

function addJson(value: DigestibleJson): void {
  if (typeof value === 'string') addString(value);
  else if (Array.isArray(value)) {
    addChars('[');
    for (let i = 0; i < value.length; i++) {
      if (i) addChars(',');
      addJson(value[i] as DigestibleJson);
    }
    addChars(']');
  } else addChars(JSON.stringify(value)); // null, a number, a boolean: a few characters
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** JSON.stringify's short escapes of control characters. */
const SHORT_ESCAPES: Record<number, string> = { 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r' };

/** A string as JSON.stringify writes it (ES2019: lone surrogates escaped, in lowercase hex). */
function addString(text: string): void {
  addChars('"');
  let h1 = state[0]!;
  let h2 = state[1]!;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH && (c < 0xd800 || c > 0xdfff)) {
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
      continue;
    }
    let escaped: string;
    if (c === QUOTE || c === BACKSLASH) escaped = `\\${String.fromCharCode(c)}`;
    else if (c < 0x20) escaped = SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, '0')}`;
    else {
      const next = text.charCodeAt(i + 1); // NaN past the end
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        escaped = text.slice(i, i + 2); // a pair: written as it is
        i += 1;
      } else escaped = `\\u${c.toString(16)}`; // a lone surrogate
    }
    state[0] = h1;
    state[1] = h2;
    addChars(escaped);
    h1 = state[0]!;
    h2 = state[1]!;
  }
  state[0] = h1;
  state[1] = h2;
  addChars('"');
}
