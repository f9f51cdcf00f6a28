import { validateSummaryDocument } from '@giao-ban/shared';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The summary's constrained document model (blocks of paragraphs and bullet lists, runs of text
 * with bold/italic flags) — checked key by key, so HTML, scripts, styles or links cannot get in.
 * The message names the first offending path, e.g. `content.blocks.0.type: …`.
 */
export function IsSummaryDocument(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSummaryDocument',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args) => {
          const [first] = validateSummaryDocument(args.value, String(propertyName));
          return first ? `${first.field}: ${Object.values(first.constraints)[0]}` : 'Not a valid document.';
        },
        ...options,
      },
      validator: { validate: (value: unknown) => validateSummaryDocument(value, String(propertyName)).length === 0 },
    });
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\uFEFF]/;

/** One line of plain text for the document's header and signature block: no control characters, no line breaks. */
export function IsPlainLine(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlainLine',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be one line of text without control characters`, ...options },
      validator: {
        validate: (value: unknown) =>
          value === null || value === undefined || (typeof value === 'string' ? !CONTROL_CHARACTERS.test(value) : Array.isArray(value) && value.every((v) => typeof v === 'string' && !CONTROL_CHARACTERS.test(v))),
      },
    });
}
