import {
  BULLETIN_ITEM_KINDS,
  BULLETIN_LIMITS,
  decideBulletinItemAction,
  type BulletinItem,
  type BulletinItemKind,
  type Role,
} from '@giao-ban/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Flex, Input, Popconfirm, Select, Space, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { getBulletinItem } from '@/lib/api/bulletins';
import { bulletinKeys } from '@/lib/api/query-keys';
import { errorMessage } from '@/lib/error-message';
import { formatDateTime } from '@/lib/format';
import { useDeleteBulletinItem, useSubmitBulletinItem } from '../api/item-lifecycle';
import { useBulletinItemAutosave } from '../hooks/use-item-autosave';
import type { ItemSaveState } from '../hooks/item-autosaver';
import { linksFromText } from '../utils/item-content';
import { noLineBreak, titleOnOneLine, TITLE_FIELD } from '../utils/title-field';
import { useItemKindLabel } from './bulletin-tags';
import { ItemFate } from './item-fate';
import { ItemTextView } from './item-text-view';
import { PhotoList } from './photo-list';
import { TaskGroupLine, TaskGroupSelect } from './task-group-select';

/** Textareas grow with their text by CSS (see the report editor: antd's autoSize measures on every render). */
const GROWING = { fieldSizing: 'content', minHeight: 80, maxHeight: 560 } as const;

function SaveStateText({ state }: { state: ItemSaveState }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (state.kind) {
      case 'idle':
        return '';
      case 'pending':
        return t('bulletin.autosave.pending');
      case 'saving':
        return t('bulletin.autosave.saving');
      case 'saved':
        return t('bulletin.autosave.saved', { time: formatDateTime(state.at.toISOString()) });
      case 'offline':
        return t('bulletin.autosave.offline');
      case 'conflict':
        return t('bulletin.autosave.conflict');
      case 'failed':
        return t('bulletin.autosave.failed');
    }
  })();
  const type = state.kind === 'failed' || state.kind === 'conflict' ? 'danger' : state.kind === 'offline' ? 'warning' : 'secondary';
  return (
    <Typography.Text type={type} role="status" aria-live="polite">
      {text}
    </Typography.Text>
  );
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
        {label}
      </label>
      {children}
      {hint ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {hint}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/** The unit's editor of an item it may still write (a draft, or returned): every field saved as it is typed. */
function WritableItem({ item, role }: { item: BulletinItem; role: Role }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const kindLabel = useItemKindLabel();
  const [toast, toastHolder] = message.useMessage();
  const [linksText, setLinksText] = useState(() => item.links.join('\n'));
  const baseId = useId();
  const onSaved = useCallback((saved: BulletinItem) => queryClient.setQueryData(bulletinKeys.item(saved.id), saved), [queryClient]);
  const autosave = useBulletinItemAutosave({ item, onSaved, fetchServerCopy: (id) => getBulletinItem(id) });
  const submit = useSubmitBulletinItem(item.id);
  const remove = useDeleteBulletinItem(item.id);
  const { content } = autosave;
  const canSubmit = decideBulletinItemAction(item.state, role, 'submit', item.issueState).allowed;
  const canDelete = decideBulletinItemAction(item.state, role, 'delete', item.issueState).allowed;
  const id = (name: string) => `${baseId}-${name}`;

  const send = async () => {
    const outcome = await autosave.flush();
    if (outcome !== 'saved') {
      void toast.error(t('bulletin.item.saveFirst'));
      return;
    }
    submit.mutate(undefined, {
      onSuccess: () => void toast.success(t('bulletin.item.submitted')),
      onError: (error) => void toast.error(errorMessage(error, t)),
    });
  };

  const onDelete = () =>
    remove.mutateAsync().then(
      () => void navigate(paths.app.bulletinIssue.getHref(item.issueId)),
      (error: unknown) => void toast.error(errorMessage(error, t)),
    );

  return (
    <>
      {toastHolder}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <SaveStateText state={autosave.state} />
        {autosave.restored ? <Typography.Text type="warning">{t('bulletin.autosave.restored')}</Typography.Text> : null}
      </Flex>
      {autosave.conflict ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('bulletin.autosave.conflictTitle')}
          description={
            <>
              <ItemTextView title={autosave.conflict.title} sapo={autosave.conflict.sapo} body={autosave.conflict.body} />
              <Space wrap>
                <Button onClick={() => void autosave.keepMine()}>{t('bulletin.autosave.keepMine')}</Button>
                <Button onClick={autosave.takeServerCopy}>{t('bulletin.autosave.takeServer')}</Button>
              </Space>
            </>
          }
        />
      ) : null}
      {autosave.state.kind === 'failed' ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(autosave.state.error, t)} />
      ) : null}
      <form onSubmit={(event) => event.preventDefault()} style={{ maxWidth: 860 }}>
        <Field id={id('kind')} label={t('bulletin.item.fields.kind')}>
          <Select<BulletinItemKind>
            id={id('kind')}
            value={content.kind}
            style={{ width: 200 }}
            options={BULLETIN_ITEM_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
            onChange={(kind) => autosave.change({ kind })}
          />
        </Field>
        <Field id={id('title')} label={t('bulletin.item.fields.title')}>
          <Input.TextArea
            id={id('title')}
            value={content.title}
            maxLength={BULLETIN_LIMITS.titleMaxLength}
            style={TITLE_FIELD}
            onKeyDown={noLineBreak}
            onChange={(event) => autosave.change({ title: titleOnOneLine(event.target.value) })}
            onBlur={() => void autosave.flush()}
          />
        </Field>
        <Field id={id('sapo')} label={t('bulletin.item.fields.sapo')} hint={t('bulletin.item.hints.sapo')}>
          <Input.TextArea
            id={id('sapo')}
            value={content.sapo}
            maxLength={BULLETIN_LIMITS.sapoMaxLength}
            style={{ ...GROWING, minHeight: 60 }}
            onChange={(event) => autosave.change({ sapo: event.target.value })}
            onBlur={() => void autosave.flush()}
          />
        </Field>
        <Field id={id('body')} label={t('bulletin.item.fields.body')}>
          <Input.TextArea
            id={id('body')}
            value={content.body}
            maxLength={BULLETIN_LIMITS.bodyMaxLength}
            style={{ ...GROWING, minHeight: 200 }}
            onChange={(event) => autosave.change({ body: event.target.value })}
            onBlur={() => void autosave.flush()}
          />
        </Field>
        <Flex wrap gap={16}>
          <Field id={id('eventDate')} label={t('bulletin.item.fields.eventDate')}>
            <DatePicker
              id={id('eventDate')}
              format="DD/MM/YYYY"
              value={content.eventDate ? dayjs(content.eventDate) : null}
              placeholder={t('bulletin.common.datePlaceholder')}
              onChange={(value) => autosave.change({ eventDate: value && value.isValid() ? value.format('YYYY-MM-DD') : null })}
            />
          </Field>
          <div style={{ flex: '1 1 260px' }}>
            <Field id={id('eventPlace')} label={t('bulletin.item.fields.eventPlace')}>
              <Input
                id={id('eventPlace')}
                value={content.eventPlace}
                maxLength={BULLETIN_LIMITS.eventPlaceMaxLength}
                onChange={(event) => autosave.change({ eventPlace: event.target.value })}
                onBlur={() => void autosave.flush()}
              />
            </Field>
          </div>
        </Flex>
        <Field id={id('taskGroup')} label={t('bulletin.item.fields.taskGroup')}>
          <TaskGroupSelect
            id={id('taskGroup')}
            issueId={item.issueId}
            value={content.taskGroupId}
            currentTitle={item.taskGroupTitle}
            onChange={(taskGroupId) => autosave.change({ taskGroupId })}
          />
        </Field>
        <Field id={id('links')} label={t('bulletin.item.fields.links')} hint={t('bulletin.item.hints.links')}>
          <Input.TextArea
            id={id('links')}
            value={linksText}
            style={{ ...GROWING, minHeight: 60 }}
            onChange={(event) => {
              setLinksText(event.target.value);
              autosave.change({ links: linksFromText(event.target.value).slice(0, BULLETIN_LIMITS.linksMax) });
            }}
            onBlur={() => void autosave.flush()}
          />
        </Field>
      </form>
      <PhotoList itemId={item.id} photos={item.photos} editable />
      <Flex wrap gap={8} style={{ marginTop: 24 }}>
        {canSubmit ? (
          <Button type="primary" loading={submit.isPending} onClick={() => void send()}>
            {item.state === 'returned' ? t('bulletin.item.resubmit') : t('bulletin.item.submit')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('bulletin.item.cannotSubmitYet')}</Typography.Text>
        )}
        {canDelete ? (
          <Popconfirm
            title={t('bulletin.item.deleteConfirm')}
            okText={t('bulletin.item.delete')}
            cancelText={t('bulletin.common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={onDelete}
          >
            <Button danger>{t('bulletin.item.delete')}</Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </>
  );
}

/**
 * A unit's own item: the autosaved editor while it may still write it (a draft; a returned item,
 * with the office's reason above), else what was sent and what became of it.
 */
export function ItemEditor({ item, role }: { item: BulletinItem; role: Role }) {
  const writable = decideBulletinItemAction(item.state, role, 'edit', item.issueState).allowed;
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <ItemFate item={item} />
      </div>
      {writable ? (
        <WritableItem key={item.id} item={item} role={role} />
      ) : (
        <>
          <ItemTextView level={2} title={item.title} sapo={item.sapo} body={item.body} item={{ ...item, photos: [] }} />
          <TaskGroupLine title={item.taskGroupTitle} />
          <PhotoList itemId={item.id} photos={item.photos} editable={false} />
        </>
      )}
    </>
  );
}
