import type { ReviewNote } from '@giao-ban/shared';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteComposer } from './note-composer';
import { ReviewNoteItem } from './review-note-item';
import { threadNotes } from './thread-notes';

export interface ReviewNoteThreadProps {
  reportId: string;
  /** The notes to show, threaded by `parentId`. */
  notes: ReviewNote[];
  /** Whether the signed-in user may write notes on this report (its `permissions.canComment`). */
  canComment: boolean;
  /** Offer "Thêm ghi chú", a new note on this section (null: on the whole report); absent: replies only. */
  addTo?: string | null;
  /** Names each root note's section, where the notes of several sections show together. */
  sectionTitle?: (sectionId: string) => string | null;
}

/**
 * The exchange between the standing office and the unit about a report, as threads: each note with
 * its replies beneath. The unit's editor shows all of them in one place; the office's review shows
 * each section's beside it.
 */
export function ReviewNoteThread({ reportId, notes, canComment, addTo, sectionTitle }: ReviewNoteThreadProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const threads = threadNotes(notes);
  return (
    <>
      {threads.length > 0 ? (
        <ul style={{ margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
          {threads.map((thread) => (
            <ReviewNoteItem
              key={thread.note.id}
              reportId={reportId}
              thread={thread}
              canReply={canComment}
              sectionTitle={sectionTitle}
              depth={0}
            />
          ))}
        </ul>
      ) : null}
      {canComment && addTo !== undefined ? (
        adding ? (
          <NoteComposer reportId={reportId} parent={null} sectionId={addTo} onDone={() => setAdding(false)} />
        ) : (
          <Button size="small" style={{ marginTop: 8 }} onClick={() => setAdding(true)}>
            {t('reports.notes.add')}
          </Button>
        )
      ) : null}
    </>
  );
}
