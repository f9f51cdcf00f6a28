import type { ReviewNote } from '@giao-ban/shared';

export interface NoteThread {
  note: ReviewNote;
  replies: NoteThread[];
}

/**
 * Notes as threads: roots in the order written, each with its replies (by `parentId`) beneath in
 * the order written. A reply whose parent is not among `notes` shows as a root rather than lost.
 */
export function threadNotes(notes: ReviewNote[]): NoteThread[] {
  const ids = new Set(notes.map((note) => note.id));
  const byParent = new Map<string | null, ReviewNote[]>();
  for (const note of notes) {
    const parent = note.parentId && ids.has(note.parentId) ? note.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), note]);
  }
  const build = (parentId: string | null): NoteThread[] =>
    [...(byParent.get(parentId) ?? [])]
      .sort((first, second) => first.createdAt.localeCompare(second.createdAt))
      .map((note) => ({ note, replies: build(note.id) }));
  return build(null);
}
