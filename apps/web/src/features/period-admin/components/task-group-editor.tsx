import { capitalizeFirst, taskGroupLabel, type Indicator, type TaskGroup } from '@giao-ban/shared';
import { Button, Card, Empty, Flex, Modal, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { formatNumber } from '@/lib/format';
import { useDeleteTaskGroup } from '../api/delete-task-group';
import { useReorderTaskGroups } from '../api/reorder-task-groups';
import { TaskGroupFormModal } from './task-group-form-modal';

function IndicatorLine({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const facts = [
    indicator.unit,
    t(`periods.taskGroups.aggregation.${indicator.aggregation}`),
    indicator.integerOnly ? t('periodAdmin.taskGroups.integerOnlyShort') : null,
    indicator.target === null ? null : t('periodAdmin.taskGroups.targetValue', { target: formatNumber(indicator.target) }),
  ].filter(Boolean);
  return (
    <li>
      <span>{indicator.name}</span>
      <Typography.Text type="secondary"> — {facts.join(' · ')}</Typography.Text>
    </li>
  );
}

/**
 * The office's editor of a draft period's task groups: add, edit, delete (with confirmation) and
 * move up or down. Once the period is open the task groups are fixed and the read-only list shows.
 */
export function TaskGroupEditor({ periodId, taskGroups }: { periodId: string; taskGroups: TaskGroup[] }) {
  const { t } = useTranslation();
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  // `opening` counts the openings: each one mounts a fresh form
  const [editing, setEditing] = useState<{ group: TaskGroup | null; opening: number } | null>(null);
  const [openings, setOpenings] = useState(0);
  const edit = (group: TaskGroup | null) => {
    setOpenings(openings + 1);
    setEditing({ group, opening: openings + 1 });
  };
  const reorder = useReorderTaskGroups(periodId);
  const remove = useDeleteTaskGroup(periodId);

  const move = (index: number, delta: -1 | 1) => {
    const ids = taskGroups.map((group) => group.id);
    const target = index + delta;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    reorder.mutate(ids, { onError: (error) => void toast.error(errorMessage(error, t)) });
  };

  const confirmDelete = (group: TaskGroup) => {
    void modal.confirm({
      title: t('periodAdmin.taskGroups.deleteConfirmTitle', { ordinal: group.ordinal }),
      content: capitalizeFirst(group.title),
      okText: t('periodAdmin.agree'),
      okButtonProps: { danger: true },
      cancelText: t('periodAdmin.cancel'),
      onOk: () =>
        remove.mutateAsync(group.id).then(
          () => void toast.success(t('periodAdmin.taskGroups.deleted')),
          (error: unknown) => void toast.error(errorMessage(error, t)),
        ),
    });
  };

  return (
    <>
      {modalHolder}
      {toastHolder}
      <Flex wrap justify="space-between" align="center" gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('periodAdmin.taskGroups.draftHint')}</Typography.Text>
        <Button type="primary" onClick={() => edit(null)}>
          {t('periodAdmin.taskGroups.add')}
        </Button>
      </Flex>
      {taskGroups.length === 0 ? (
        <Empty description={t('periods.taskGroups.empty')} />
      ) : (
        <Flex vertical gap={12} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {taskGroups.map((group, index) => (
            <li key={group.id}>
              <Card size="small">
                <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                  {taskGroupLabel(group.ordinal, group.title)}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {t('periodAdmin.taskGroups.fields.shortName')}: {group.shortName}
                </Typography.Text>
                {group.guidance ? (
                  <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', margin: '8px 0 0' }}>
                    {group.guidance}
                  </Typography.Paragraph>
                ) : null}
                {group.indicators.length > 0 ? (
                  <div style={{ marginTop: 8 }}>
                    <Typography.Text strong>{t('periods.taskGroups.indicators')}:</Typography.Text>
                    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                      {[...group.indicators]
                        .sort((a, b) => a.ordinal - b.ordinal)
                        .map((indicator) => (
                          <IndicatorLine key={indicator.id} indicator={indicator} />
                        ))}
                    </ul>
                  </div>
                ) : null}
                <Flex wrap gap={8} style={{ marginTop: 12 }}>
                  <Button
                    size="small"
                    disabled={index === 0 || reorder.isPending}
                    aria-label={t('periodAdmin.taskGroups.moveUp', { ordinal: group.ordinal })}
                    onClick={() => move(index, -1)}
                  >
                    ↑ {t('periodAdmin.taskGroups.up')}
                  </Button>
                  <Button
                    size="small"
                    disabled={index === taskGroups.length - 1 || reorder.isPending}
                    aria-label={t('periodAdmin.taskGroups.moveDown', { ordinal: group.ordinal })}
                    onClick={() => move(index, 1)}
                  >
                    ↓ {t('periodAdmin.taskGroups.down')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t('periodAdmin.taskGroups.editLabel', { ordinal: group.ordinal })}
                    onClick={() => edit(group)}
                  >
                    {t('periodAdmin.edit')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    aria-label={t('periodAdmin.taskGroups.deleteLabel', { ordinal: group.ordinal })}
                    onClick={() => confirmDelete(group)}
                  >
                    {t('periodAdmin.delete')}
                  </Button>
                </Flex>
              </Card>
            </li>
          ))}
        </Flex>
      )}
      <TaskGroupFormModal
        key={editing?.opening ?? openings}
        periodId={periodId}
        open={editing !== null}
        taskGroup={editing?.group ?? null}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
