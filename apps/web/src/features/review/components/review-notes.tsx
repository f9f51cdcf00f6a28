import type { ReviewNote } from '@giao-ban/shared';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SECONDARY } from '@/components/layouts/theme';
import { errorMessage } from '@/lib/error-message';
import { useAddNote } from '../api/add-note';
import { formatDateTime } from '@/lib/format';

function NoteComposer({
  reportId,
  sectionId,
  parentId,
  onDone,
}: {
  reportId: string;
  sectionId: string | null;
  parentId: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const addNote = useAddNote(reportId);
  const inputId = useId();

  const send = () =>
    addNote.mutate(
      { body: body.trim(), sectionId, parentId },
      {
        onSuccess: () => {
          setBody('');
          onDone();
        },
      },
    );

  return (
    <Flex vertical gap={6} style={{ marginTop: 8 }}>
      <label htmlFor={inputId} style={{ fontSize: 13 }}>
        {parentId ? t('review.notes.replyLabel') : t('review.notes.bodyLabel')}
      </label>
      <Input.TextArea
        id={inputId}
        value={body}
        autoFocus
        maxLength={5000}
        autoSize={{ minRows: 2, maxRows: 8 }}
        onChange={(event) => setBody(event.target.value)}
      />
      {addNote.isError ? <Alert type="error" showIcon title={errorMessage(addNote.error, t)} /> : null}
      <Flex gap={8}>
        <Button type="primary" size="small" disabled={!body.trim()} loading={addNote.isPending} onClick={send}>
          {t('review.notes.send')}
        </Button>
        <Button size="small" onClick={onDone}>
          {t('review.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}

function NoteItem({
  note,
  replies,
  reportId,
  canComment,
}: {
  note: ReviewNote;
  replies: ReviewNote[];
  reportId: string;
  canComment: boolean;
}) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  return (
    <li style={{ borderInlineStart: '3px solid #d6e4ff', paddingInlineStart: 10 }}>
      <NoteBody note={note} />
      {replies.length > 0 ? (
        <ul style={{ listStyle: 'none', margin: '6px 0 0', paddingInlineStart: 16 }}>
          {replies.map((reply) => (
            <li key={reply.id} style={{ marginTop: 6 }}>
              <NoteBody note={reply} />
            </li>
          ))}
        </ul>
      ) : null}
      {canComment ? (
        replying ? (
          <NoteComposer reportId={reportId} sectionId={note.sectionId} parentId={note.id} onDone={() => setReplying(false)} />
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setReplying(true)}>
            {t('review.notes.reply')}
          </Button>
        )
      ) : null}
    </li>
  );
}

function NoteBody({ note }: { note: ReviewNote }) {
  const { t } = useTranslation();
  return (
    <div>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
        <strong style={{ color: 'rgba(0,0,0,0.8)' }}>{note.authorName}</strong>
        {` · ${t(`roles.${note.authorRole}`)} · ${formatDateTime(note.createdAt)}`}
      </div>
      <div style={{ whiteSpace: 'pre-wrap' }}>{note.body}</div>
    </div>
  );
}

/**
 * Threaded review notes of one section (or, with `sectionId` null, of the whole report): each
 * note with its replies, "Thêm ghi chú" and "Trả lời" for those who may comment.
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
  /** All the report's notes; this thread picks its own. */
  notes: ReviewNote[];
  canComment: boolean;
  /** Say "no notes yet" rather than show nothing. */
  showEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const own = notes.filter((note) => note.sectionId === sectionId);
  const ids = new Set(own.map((note) => note.id));
  // a reply whose parent is elsewhere (or gone) still shows, as a note of its own
  const roots = own.filter((note) => !note.parentId || !ids.has(note.parentId));
  // replies (and replies to replies) under their thread's first note, in the order written
  const repliesTo = (id: string): ReviewNote[] =>
    own.filter((note) => note.parentId === id).flatMap((reply) => [reply, ...repliesTo(reply.id)]);

  if (own.length === 0 && !canComment && !showEmpty) return null;

  return (
    <div style={{ marginTop: 12 }}>
      {own.length > 0 ? (
        <>
          <Typography.Text strong style={{ fontSize: 13 }}>
            {t('review.notes.title')} ({own.length})
          </Typography.Text>
          <Flex vertical gap={10} component="ul" style={{ listStyle: 'none', margin: '6px 0 0', padding: 0 }}>
            {roots.map((note) => (
              <NoteItem key={note.id} note={note} replies={repliesTo(note.id)} reportId={reportId} canComment={canComment} />
            ))}
          </Flex>
        </>
      ) : showEmpty ? (
        <div style={{ fontSize: 13, color: TEXT_SECONDARY }}>{t('review.notes.empty')}</div>
      ) : null}
      {canComment ? (
        adding ? (
          <NoteComposer reportId={reportId} sectionId={sectionId} parentId={null} onDone={() => setAdding(false)} />
        ) : (
          <Button size="small" style={{ marginTop: 8 }} onClick={() => setAdding(true)}>
            {t('review.notes.add')}
          </Button>
        )
      ) : null}
    </div>
  );
}
