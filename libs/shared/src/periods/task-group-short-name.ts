import { normalizePlainLine, plainLineProblems } from '../settings/plain-line.js';
import { capitalizeFirst } from '../summaries/document-format.js';

/** The longest short name a task group may have: one line of a dashboard's column header or legend. */
export const TASK_GROUP_SHORT_NAME_MAX_LENGTH = 60;

/**
 * A task group's short name when the office has given none: its title's first clause (up to the
 * first comma or semicolon, where the directive's titles list their details), capitalised as a name
 * starts, cut after the last whole word that fits with an ellipsis. Empty for an empty title.
 *
 * "tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh…" → "Tăng cường thông tin"
 */
export function defaultTaskGroupShortName(title: string): string {
  const words = title.replace(/\s+/gu, ' ').trim();
  const [firstClause = ''] = words.split(/[,;]/u);
  const clause = firstClause.trim() || words;
  if (clause.length === 0) return '';
  const name = capitalizeFirst(clause);
  if (name.length <= TASK_GROUP_SHORT_NAME_MAX_LENGTH) return name;
  const room = name.slice(0, TASK_GROUP_SHORT_NAME_MAX_LENGTH);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, TASK_GROUP_SHORT_NAME_MAX_LENGTH - 1);
  return `${cut.replace(/[\s\-–:.]+$/u, '')}…`;
}

/** A short name as it is stored: one line, composed, runs of spaces made one, trimmed. */
export const normalizeTaskGroupShortName = normalizePlainLine;

/**
 * What is wrong with a (normalised) short name: constraint name → message, empty when nothing is.
 * Blank, longer than TASK_GROUP_SHORT_NAME_MAX_LENGTH, or more than one line of text.
 */
export function taskGroupShortNameProblems(value: unknown): Record<string, string> {
  if (typeof value !== 'string') return { isString: 'shortName must be a string' };
  return plainLineProblems('shortName', value, TASK_GROUP_SHORT_NAME_MAX_LENGTH);
}

/** "(1) Tập trung thực hiện tốt…": a task group named where a line, heading or sentence starts. */
export function taskGroupLabel(ordinal: number, title: string): string {
  return `(${ordinal}) ${capitalizeFirst(title)}`;
}
