import type { ReviewNote } from '@giao-ban/shared';
import { Button, Flex, Input, Typography, message } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddNote } from '@/lib/api/reports';
import { errorMessage } from '@/lib/error-message';

/** The API's longest note. */
const MAX_NOTE_LENGTH = 5000;

export interface NoteComposerProps {
  reportId: string;
  /** The note answered; null for a new note on `sectionId`. */
  parent: ReviewNote | null;
  /** Where a new note goes (a section, or null for the whole report); a reply goes where its parent is. */
  sectionId: string | null;
  onDone: () => void;
}

/** Writes a new review note or a reply to one. */
export function NoteComposer({ reportId, parent, sectionId, onDone }: NoteComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [messageApi, contextHolder] = message.useMessage();
  const addNote = useAddNote(reportId);
  const inputId = useId();

  const send = () => {
    const text = body.trim();
    if (!text) {
      setError(t('reports.notes.required'));
      return;
    }
    setError(null);
    addNote.mutate(
      { body: text, parentId: parent?.id ?? null, sectionId: parent ? parent.sectionId : sectionId },
      {
        onSuccess: () => {
          void messageApi.success(t(parent ? 'reports.notes.sent' : 'reports.notes.noteSent'));
          setBody('');
          onDone();
        },
        onError: (caught) => setError(errorMessage(caught, t)),
      },
    );
  };

  return (
    <Flex vertical gap={6} style={{ marginTop: 8 }}>
      {contextHolder}
      <label htmlFor={inputId} style={{ fontSize: 13 }}>
        {t(parent ? 'reports.notes.replyLabel' : 'reports.notes.bodyLabel')}
      </label>
      <Input.TextArea
        id={inputId}
        value={body}
        autoFocus
        maxLength={MAX_NOTE_LENGTH}
        autoSize={{ minRows: 2, maxRows: 8 }}
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
          {t(parent ? 'reports.notes.send' : 'reports.notes.sendNote')}
        </Button>
        <Button size="small" onClick={onDone} disabled={addNote.isPending}>
          {t('reports.notes.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}
