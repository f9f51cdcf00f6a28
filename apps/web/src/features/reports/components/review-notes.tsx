import type { ReviewNote } from '@giao-ban/shared';
import { Button, Card, Empty, Flex, Input, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { formatInstant } from '@/lib/format';
import { useAddNote } from '../api/add-note';

interface Thread {
  note: ReviewNote;
  replies: Thread[];
}

/** Notes as threads: roots in time order, each with its replies (by `parentId`) beneath. */
export function threadNotes(notes: ReviewNote[]): Thread[] {
  const byParent = new Map<string | null, ReviewNote[]>();
  const ids = new Set(notes.map((note) => note.id));
  for (const note of notes) {
    // a reply whose parent is missing is shown as a root rather than lost
    const parent = note.parentId && ids.has(note.parentId) ? note.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), note]);
  }
  const build = (parentId: string | null): Thread[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((note) => ({ note, replies: build(note.id) }));
  return build(null);
}

function ReplyForm({ reportId, parent, onDone }: { reportId: string; parent: ReviewNote; onDone: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [messageApi, contextHolder] = message.useMessage();
  const addNote = useAddNote(reportId);

  const send = () => {
    const text = body.trim();
    if (!text) {
      setError(t('reports.notes.required'));
      return;
    }
    setError(null);
    addNote.mutate(
      { body: text, parentId: parent.id, sectionId: parent.sectionId },
      {
        onSuccess: () => {
          void messageApi.success(t('reports.notes.sent'));
          setBody('');
          onDone();
        },
        onError: (caught) => setError(errorMessage(caught, t)),
      },
    );
  };

  return (
    <Flex vertical gap={8} style={{ marginTop: 8 }}>
      {contextHolder}
      <Input.TextArea
        aria-label={t('reports.notes.replyLabel')}
        value={body}
        rows={3}
        status={error ? 'error' : undefined}
        onChange={(event) => setBody(event.target.value)}
      />
      {error ? (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      ) : null}
      <Flex gap={8}>
        <Button type="primary" size="small" onClick={send} loading={addNote.isPending}>
          {t('reports.notes.send')}
        </Button>
        <Button size="small" onClick={onDone} disabled={addNote.isPending}>
          {t('reports.notes.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}

function NoteItem({
  thread,
  reportId,
  canReply,
  sectionTitle,
  depth,
}: {
  thread: Thread;
  reportId: string;
  canReply: boolean;
  sectionTitle: (sectionId: string) => string | null;
  depth: number;
}) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const { note } = thread;
  const about = depth === 0 && note.sectionId ? sectionTitle(note.sectionId) : null;
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
            {formatInstant(note.createdAt)}
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
            aria-label={`${t('reports.notes.reply')}: ${note.authorName}, ${formatInstant(note.createdAt)}`}
            onClick={() => setReplying(true)}
          >
            {t('reports.notes.reply')}
          </Button>
        ) : null}
        {replying ? <ReplyForm reportId={reportId} parent={note} onDone={() => setReplying(false)} /> : null}
      </article>
      {thread.replies.length > 0 ? (
        <ul style={{ margin: '8px 0 0', paddingInlineStart: 20, display: 'flex', flexDirection: 'column', gap: 8 }}>
          {thread.replies.map((reply) => (
            <NoteItem
              key={reply.note.id}
              thread={reply}
              reportId={reportId}
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

export interface ReviewNotesProps {
  reportId: string;
  notes: ReviewNote[];
  canReply: boolean;
  sectionTitle: (sectionId: string) => string | null;
}

/** The exchange between the standing office and the unit, threaded; the unit may reply. */
export function ReviewNotes({ reportId, notes, canReply, sectionTitle }: ReviewNotesProps) {
  const { t } = useTranslation();
  const threads = threadNotes(notes);
  return (
    <section aria-labelledby="review-notes-heading" style={{ marginTop: 24 }}>
      <Card size="small">
        <Typography.Title level={2} id="review-notes-heading" style={{ fontSize: 18, margin: '0 0 12px' }}>
          {t('reports.notes.title')}
        </Typography.Title>
        {threads.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.notes.empty')} />
        ) : (
          <ul style={{ margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
            {threads.map((thread) => (
              <NoteItem
                key={thread.note.id}
                thread={thread}
                reportId={reportId}
                canReply={canReply}
                sectionTitle={sectionTitle}
                depth={0}
              />
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}
