import { BULLETIN_LIMITS, decideBulletinItemAction, type BulletinIssueDetail, type BulletinItem, type Role } from '@giao-ban/shared';
import { Alert, Button, Card, Col, Flex, Form, Input, Modal, Row, Select, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { formatDateTime } from '@/lib/format';
import { useDecideBulletinItem } from '../api/item-decisions';
import { noLineBreak, titleOnOneLine, TITLE_FIELD } from '../utils/title-field';
import { BulletinItemStateTag, useItemKindLabel } from './bulletin-tags';
import { ItemTextView } from './item-text-view';
import { PhotoList } from './photo-list';
import { TaskGroupLine } from './task-group-select';

const GROWING = { fieldSizing: 'content', minHeight: 80, maxHeight: 560 } as const;

interface AcceptFormValues {
  title: string;
  sapo: string;
  body: string;
  section: string;
}

type ReasonKind = 'return' | 'not-used';

/** The office's reason for returning an item (required: the unit reads it) or setting it aside (optional). */
function ReasonDialog({ kind, pending, onSubmit, onClose }: { kind: ReasonKind; pending: boolean; onSubmit: (reason: string) => Promise<unknown>; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const required = kind === 'return';
  return (
    <Modal
      open
      title={kind === 'return' ? t('bulletin.review.returnTitle') : t('bulletin.review.notUsedTitle')}
      okText={kind === 'return' ? t('bulletin.review.return') : t('bulletin.review.notUsed')}
      cancelText={t('bulletin.common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reason: '' }}
        onFinish={(values) => {
          setError(null);
          onSubmit(values.reason.trim()).then(onClose, (cause: unknown) => setError(errorMessage(cause, t)));
        }}
      >
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Form.Item
          name="reason"
          label={required ? t('bulletin.review.reason') : t('bulletin.review.reasonOptional')}
          rules={required ? [{ required: true, whitespace: true, message: t('bulletin.review.reasonRequired') }] : []}
        >
          <Input.TextArea rows={4} maxLength={BULLETIN_LIMITS.reasonMaxLength} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The office's decision on a unit's item: the unit's original on the left, the edited version on
 * the right (prefilled with the original, or with the office's earlier edits), the section it goes
 * in; accept, return with a reason, or set aside. Leaders read both sides.
 */
export function ItemReview({ item, issue, role }: { item: BulletinItem; issue: BulletinIssueDetail; role: Role }) {
  const { t } = useTranslation();
  const kindLabel = useItemKindLabel();
  const [form] = Form.useForm<AcceptFormValues>();
  const [toast, toastHolder] = message.useMessage();
  const [asking, setAsking] = useState<ReasonKind | null>(null);
  const decide = useDecideBulletinItem(item.id);
  const can = (action: 'accept' | 'return' | 'not_used') => decideBulletinItemAction(item.state, role, action, item.issueState).allowed;
  const edited = item.edited ?? { title: item.title, sapo: item.sapo, body: item.body };
  const sections = issue.sections.length > 0 ? issue.sections : [];

  const accept = (values: AcceptFormValues) => {
    // Only what the office changed is sent as an edit; the rest prints as the unit wrote it.
    const changed = (field: 'title' | 'sapo' | 'body') => (values[field] !== item[field] ? values[field] : undefined);
    decide.mutate(
      { action: 'accept', body: { section: values.section, title: changed('title'), sapo: changed('sapo'), body: changed('body') } },
      {
        onSuccess: () => void toast.success(t('bulletin.review.accepted', { section: values.section })),
        onError: (error) => void toast.error(errorMessage(error, t)),
      },
    );
  };

  const meta = [
    kindLabel(item.kind),
    item.agencyName,
    item.submittedAt ? t('bulletin.review.sentAt', { time: formatDateTime(item.submittedAt) }) : '',
  ].filter(Boolean);

  return (
    <>
      {toastHolder}
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <BulletinItemStateTag state={item.state} />
        <Typography.Text type="secondary">{meta.join(' · ')}</Typography.Text>
      </Flex>
      <TaskGroupLine title={item.taskGroupTitle} />
      {item.state === 'returned' && item.returnReason ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('bulletin.review.returnedWith')} description={item.returnReason} />
      ) : null}
      {item.state === 'not_used' ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('bulletin.fate.notUsed')} description={item.notUsedReason ?? undefined} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bulletin.review.original')}</h2>}>
            <ItemTextView title={item.title} sapo={item.sapo} body={item.body} item={{ ...item, photos: [] }} />
            <PhotoList itemId={item.id} photos={item.photos} editable={false} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bulletin.review.edited')}</h2>}>
            {can('accept') ? (
              <Form<AcceptFormValues>
                form={form}
                layout="vertical"
                initialValues={{ ...edited, section: item.section ?? sections[0] }}
                onFinish={accept}
              >
                <Form.Item
                  name="title"
                  label={t('bulletin.item.fields.title')}
                  normalize={titleOnOneLine}
                  rules={[{ required: true, whitespace: true, message: t('bulletin.review.titleRequired') }]}
                >
                  <Input.TextArea maxLength={BULLETIN_LIMITS.titleMaxLength} style={TITLE_FIELD} onKeyDown={noLineBreak} />
                </Form.Item>
                <Form.Item name="sapo" label={t('bulletin.item.fields.sapo')}>
                  <Input.TextArea maxLength={BULLETIN_LIMITS.sapoMaxLength} style={{ ...GROWING, minHeight: 60 }} />
                </Form.Item>
                <Form.Item name="body" label={t('bulletin.item.fields.body')} rules={[{ required: true, whitespace: true, message: t('bulletin.review.bodyRequired') }]}>
                  <Input.TextArea maxLength={BULLETIN_LIMITS.bodyMaxLength} style={{ ...GROWING, minHeight: 200 }} />
                </Form.Item>
                <Form.Item name="section" label={t('bulletin.review.section')} rules={[{ required: true, message: t('bulletin.review.sectionRequired') }]}>
                  <Select options={sections.map((section) => ({ value: section, label: section }))} style={{ maxWidth: 320 }} />
                </Form.Item>
                <Flex wrap gap={8}>
                  <Button type="primary" htmlType="submit" loading={decide.isPending && decide.variables?.action === 'accept'}>
                    {item.state === 'accepted' ? t('bulletin.review.saveEdits') : t('bulletin.review.accept')}
                  </Button>
                  {can('return') ? <Button onClick={() => setAsking('return')}>{t('bulletin.review.return')}</Button> : null}
                  {can('not_used') ? <Button onClick={() => setAsking('not-used')}>{t('bulletin.review.notUsed')}</Button> : null}
                </Flex>
              </Form>
            ) : item.edited ? (
              <ItemTextView title={item.edited.title} sapo={item.edited.sapo} body={item.edited.body} />
            ) : (
              <Typography.Text type="secondary">{t('bulletin.review.noEdits')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      {asking ? (
        <ReasonDialog
          kind={asking}
          pending={decide.isPending}
          onClose={() => setAsking(null)}
          onSubmit={(reason) =>
            decide.mutateAsync(asking === 'return' ? { action: 'return', body: { reason } } : { action: 'not-used', body: { reason: reason || null } }).then(() =>
              toast.success(asking === 'return' ? t('bulletin.review.returned') : t('bulletin.review.setAside')),
            )
          }
        />
      ) : null}
    </>
  );
}
