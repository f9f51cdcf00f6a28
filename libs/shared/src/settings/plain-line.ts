// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\uFEFF\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * One line of text as it is stored: composed (NFC), tabs and runs of spaces made one space,
 * trimmed. Anything but a string is returned as it is, for the validation to refuse.
 */
export function normalizePlainLine<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return value.normalize('NFC').replace(/[\t ]+/g, ' ').trim();
}

/**
 * What is wrong with a (normalised) line of a document or a list: constraint name → message,
 * empty when nothing is. A line break, a control character or half a surrogate pair is not text
 * a document can print.
 */
export function plainLineProblems(label: string, value: string, maxLength: number): Record<string, string> {
  const problems: Record<string, string> = {};
  if (value.length === 0) problems.required = `${label} must not be empty`;
  // Characters as a reader counts them: a surrogate pair is one.
  if ([...value].length > maxLength) problems.maxLength = `${label} must be at most ${maxLength} characters`;
  if (CONTROL_CHARACTERS.test(value) || LONE_SURROGATE.test(value)) problems.plainLine = `${label} must be one line of text without control characters`;
  return problems;
}
