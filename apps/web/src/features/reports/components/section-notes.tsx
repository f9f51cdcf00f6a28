import type { ReviewNote } from '@giao-ban/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReviewNoteThread } from '@/components/review-note-thread';

/**
 * The office's notes on this section, beside it, read as every other display of notes reads them;
 * the unit answers them in the report's thread below the sections, where the replies are.
 */
export function SectionNotes({ reportId, notes }: { reportId: string; notes: ReviewNote[] }) {
  const { t } = useTranslation();
  return (
    <aside
      aria-label={t('reports.editor.officeNotes')}
      style={{ background: '#fff7e6', border: '1px solid #ffd591', borderRadius: 6, padding: 12 }}
    >
      <Typography.Title level={4} style={{ fontSize: 14, margin: '0 0 8px' }}>
        {t('reports.editor.officeNotes')}
      </Typography.Title>
      <ReviewNoteThread reportId={reportId} notes={notes} canComment={false} />
    </aside>
  );
}
