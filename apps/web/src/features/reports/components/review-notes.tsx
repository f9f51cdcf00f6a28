import type { ReviewNote } from '@giao-ban/shared';
import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReviewNoteThread } from '@/components/review-note-thread';

export interface ReviewNotesProps {
  reportId: string;
  notes: ReviewNote[];
  canReply: boolean;
  sectionTitle: (sectionId: string) => string | null;
}

/** The unit's panel of the office's notes on its report, every section's together; the unit may reply. */
export function ReviewNotes({ reportId, notes, canReply, sectionTitle }: ReviewNotesProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="review-notes-heading" style={{ marginTop: 24 }}>
      <Card size="small">
        <Typography.Title level={2} id="review-notes-heading" style={{ fontSize: 18, margin: '0 0 12px' }}>
          {t('reports.notes.title')}
        </Typography.Title>
        {notes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.notes.empty')} />
        ) : (
          <ReviewNoteThread reportId={reportId} notes={notes} canComment={canReply} sectionTitle={sectionTitle} />
        )}
      </Card>
    </section>
  );
}
