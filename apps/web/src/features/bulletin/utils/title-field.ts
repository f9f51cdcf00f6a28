import type { KeyboardEvent } from 'react';

/**
 * A title is one line of text that wraps: on a phone a long title is read whole in a field that
 * grows with it (a one-line input would cut it), but it takes no line break.
 */
export const TITLE_FIELD = { fieldSizing: 'content', minHeight: 32, maxHeight: 200, resize: 'none' } as const;

/** Line breaks pasted into a title become spaces. */
export function titleOnOneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Enter in a title field neither breaks the line nor sends the form. */
export function noLineBreak(event: KeyboardEvent): void {
  if (event.key === 'Enter') event.preventDefault();
}
