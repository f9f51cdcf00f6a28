import type { ReviewNote } from '@giao-ban/shared';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/format';

/** The office's notes on this section, shown beside it. */
export function SectionNotes({ notes }: { notes: ReviewNote[] }) {
  const { t } = useTranslation();
  return (
    <aside
      aria-label={t('reports.editor.officeNotes')}
      style={{ background: '#fff7e6', border: '1px solid #ffd591', borderRadius: 6, padding: 12 }}
    >
      <Typography.Title level={4} style={{ fontSize: 14, margin: '0 0 8px' }}>
        {t('reports.editor.officeNotes')}
      </Typography.Title>
      <Flex vertical gap={8}>
        {notes.map((note) => (
          <div key={note.id}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{note.body}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {note.authorName} · {formatInstant(note.createdAt)}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    </aside>
  );
}
