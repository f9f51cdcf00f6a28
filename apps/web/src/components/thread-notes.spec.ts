import type { ReviewNote } from '@giao-ban/shared';
import { threadNotes, type NoteThread } from './thread-notes';

const note = (id: string, parentId: string | null, minute: number): ReviewNote => ({
  id,
  sectionId: null,
  parentId,
  authorName: 'Văn phòng',
  authorRole: 'office',
  body: id,
  createdAt: `2021-12-20T01:${String(minute).padStart(2, '0')}:00.000Z`,
});

/** A thread as nested ids: ['a', [['b', []]]]. */
type Shape = [string, Shape[]];
const shape = (threads: NoteThread[]): Shape[] => threads.map((thread) => [thread.note.id, shape(thread.replies)]);

describe(threadNotes.name, () => {
  it.each<[string, ReviewNote[], Shape[]]>([
    ['no notes', [], []],
    ['roots in the order written', [note('b', null, 2), note('a', null, 1)], [['a', []], ['b', []]]],
    [
      'replies under their parent, replies to replies deeper',
      [note('a', null, 1), note('c', 'b', 3), note('b', 'a', 2), note('d', 'a', 4)],
      [['a', [['b', [['c', []]]], ['d', []]]]],
    ],
    ['a reply whose parent is elsewhere shows as a root', [note('r', 'gone', 1), note('a', null, 2)], [['r', []], ['a', []]]],
  ])('%s', (_case, notes, expected) => {
    expect(shape(threadNotes(notes))).toEqual(expected);
  });
});
