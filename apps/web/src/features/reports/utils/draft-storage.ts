import { TASK_STATUSES, type TaskStatus } from '@giao-ban/shared';
import { sameContent, type SectionContent } from './section-content';

/**
 * The browser's copy of what a unit typed: every edit is written here at once, keyed per report
 * and section, with the section version the edit started from. It is cleared only when the server
 * confirms that exact content, so a reload, a closed tab or a lost connection never loses text.
 * Pure functions over a `Storage`, so tests can hand in their own.
 */
export interface StoredDraft extends SectionContent {
  /** The server version the edit started from (what the next save must carry). */
  baseVersion: number;
  /** When it was typed (ISO), for the record. */
  editedAt: string;
}

const PREFIX = 'giao-ban.report-draft';

export function draftKey(reportId: string, sectionId: string): string {
  return `${PREFIX}:${reportId}:${sectionId}`;
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (private mode, strict settings)
  }
}

function isTaskStatus(value: unknown): value is TaskStatus {
  return typeof value === 'string' && (TASK_STATUSES as readonly string[]).includes(value);
}

function parseDraft(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredDraft>;
    if (typeof value.text !== 'string' || typeof value.baseVersion !== 'number') return null;
    const status = isTaskStatus(value.status) ? value.status : null;
    const indicatorValues = Array.isArray(value.indicatorValues)
      ? value.indicatorValues
          .filter((entry) => entry && typeof entry.indicatorId === 'string')
          .map((entry) => ({ indicatorId: entry.indicatorId, value: typeof entry.value === 'number' ? entry.value : null }))
      : [];
    return {
      text: value.text,
      status,
      indicatorValues,
      baseVersion: value.baseVersion,
      editedAt: typeof value.editedAt === 'string' ? value.editedAt : '',
    };
  } catch {
    return null;
  }
}

export function readDraft(reportId: string, sectionId: string, storage = defaultStorage()): StoredDraft | null {
  try {
    return parseDraft(storage?.getItem(draftKey(reportId, sectionId)) ?? null);
  } catch {
    return null;
  }
}

export function writeDraft(
  reportId: string,
  sectionId: string,
  content: SectionContent,
  baseVersion: number,
  storage = defaultStorage(),
  now: Date = new Date(),
): void {
  const draft: StoredDraft = { ...content, baseVersion, editedAt: now.toISOString() };
  try {
    storage?.setItem(draftKey(reportId, sectionId), JSON.stringify(draft));
  } catch {
    // Quota or disabled storage: the server copy is then the only one; autosave still runs.
  }
}

export function clearDraft(reportId: string, sectionId: string, storage = defaultStorage()): void {
  try {
    storage?.removeItem(draftKey(reportId, sectionId));
  } catch {
    // nothing stored, nothing to clear
  }
}

/**
 * The server has confirmed `saved` at `version`. The draft goes if it holds exactly that content;
 * if the user typed on while the save was under way, the draft stays and now starts from `version`.
 */
export function settleDraft(
  reportId: string,
  sectionId: string,
  saved: SectionContent,
  version: number,
  storage = defaultStorage(),
): 'cleared' | 'kept' | 'none' {
  const stored = readDraft(reportId, sectionId, storage);
  if (!stored) return 'none';
  if (sameContent(stored, saved)) {
    clearDraft(reportId, sectionId, storage);
    return 'cleared';
  }
  try {
    storage?.setItem(draftKey(reportId, sectionId), JSON.stringify({ ...stored, baseVersion: version }));
  } catch {
    // keep the old entry as it is
  }
  return 'kept';
}

export type DraftRecovery =
  | { kind: 'none' }
  /** The server already holds this content (the answer to the last save was lost): forget it. */
  | { kind: 'discard' }
  /** Unsaved edits: put them back into the editor and save them. */
  | { kind: 'restore'; draft: StoredDraft };

/** What to do, on opening the editor, with what the browser kept for a section. */
export function recoverDraft(stored: StoredDraft | null, server: SectionContent): DraftRecovery {
  if (!stored) return { kind: 'none' };
  if (sameContent(stored, server)) return { kind: 'discard' };
  return { kind: 'restore', draft: stored };
}
