import { Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { NoteComposer } from './note-composer';
import type { NoteThread } from './thread-notes';

export interface ReviewNoteItemProps {
  reportId: string;
  thread: NoteThread;
  canReply: boolean;
  /** Names a root note's section ("Về phần: …"); absent where the section is already on screen. */
  sectionTitle?: (sectionId: string) => string | null;
  depth: number;
}

/** One note, who wrote it and when, its replies beneath, and "Trả lời" for those who may. */
export function ReviewNoteItem({ reportId, thread, canReply, sectionTitle, depth }: ReviewNoteItemProps) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const { note } = thread;
  const about = depth === 0 && note.sectionId && sectionTitle ? sectionTitle(note.sectionId) : null;
  return (
    <li style={{ listStyle: 'none' }}>
      <article
        style={{
          borderInlineStart: `3px solid ${note.authorRole === 'office' ? '#fa8c16' : '#1f4e8c'}`,
          paddingInlineStart: 12,
          paddingBlock: 4,
        }}
      >
        <Flex wrap gap={8} align="center">
          <Typography.Text strong>{note.authorName}</Typography.Text>
          <Tag>{t(`roles.${note.authorRole}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(note.createdAt)}
          </Typography.Text>
        </Flex>
        {about ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reports.notes.section', { title: about })}
          </Typography.Text>
        ) : null}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{note.body}</Typography.Paragraph>
        {canReply && !replying ? (
          <Button
            size="small"
            type="link"
            style={{ paddingInline: 0 }}
            aria-label={`${t('reports.notes.reply')}: ${note.authorName}, ${formatDateTime(note.createdAt)}`}
            onClick={() => setReplying(true)}
          >
            {t('reports.notes.reply')}
          </Button>
        ) : null}
        {replying ? <NoteComposer reportId={reportId} parent={note} sectionId={note.sectionId} onDone={() => setReplying(false)} /> : null}
      </article>
      {thread.replies.length > 0 ? (
        <ul style={{ margin: '8px 0 0', paddingInlineStart: 20, display: 'flex', flexDirection: 'column', gap: 8 }}>
          {thread.replies.map((reply) => (
            <ReviewNoteItem
              key={reply.note.id}
              reportId={reportId}
              thread={reply}
              canReply={canReply}
              sectionTitle={sectionTitle}
              depth={depth + 1}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
