import type { ReviewNote } from '@giao-ban/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_SECONDARY } from '@/components/layouts/theme';
import { ReviewNoteThread } from '@/components/review-note-thread';

/**
 * The review notes of one section (or, with `sectionId` null, of the whole report) beside it, with
 * "Thêm ghi chú" and "Trả lời" for those who may comment.
 */
export function ReviewNotes({
  reportId,
  sectionId,
  notes,
  canComment,
  showEmpty = false,
}: {
  reportId: string;
  sectionId: string | null;
  /** All the report's notes; this section's are picked here. */
  notes: ReviewNote[];
  canComment: boolean;
  /** Say "no notes yet" rather than show nothing. */
  showEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const own = notes.filter((note) => note.sectionId === sectionId);
  if (own.length === 0 && !canComment && !showEmpty) return null;
  return (
    <div style={{ marginTop: 12 }}>
      {own.length > 0 ? (
        <Typography.Text strong style={{ display: 'block', fontSize: 13, marginBottom: 6 }}>
          {t('review.notes.title')} ({own.length})
        </Typography.Text>
      ) : showEmpty ? (
        <div style={{ fontSize: 13, color: TEXT_SECONDARY }}>{t('review.notes.empty')}</div>
      ) : null}
      <ReviewNoteThread reportId={reportId} notes={own} canComment={canComment} addTo={sectionId} />
    </div>
  );
}
