import { halfYearOfMonth, taskGroupChoicesForIssue, type BulletinTaskGroupChoice, type HalfYear } from '@giao-ban/shared';
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBulletinIssue } from '@/lib/api/bulletins';
import { useBulletinTaskGroups } from '../api/task-groups';

/** The task group an item serves, as a line under its facts (nothing when it names none). */
export function TaskGroupLine({ title }: { title: string | null }) {
  const { t } = useTranslation();
  if (!title) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
      {t('bulletin.taskGroup.served', { title })}
    </Typography.Paragraph>
  );
}

/** "3. Đối ngoại nhân dân": a task group as the pickers list it (the full title is read beside it). */
export const taskGroupLabel = (group: Pick<BulletinTaskGroupChoice, 'ordinal' | 'shortName' | 'title'>) => `${group.ordinal}. ${group.shortName || group.title}`;

/** The half-year a group belongs to, as the search's groups name it: "6 tháng cuối năm 2021". */
export function useHalfYearLabel() {
  const { t } = useTranslation();
  return (year: number, half: HalfYear) => t(half === 1 ? 'bulletin.taskGroup.firstHalf' : 'bulletin.taskGroup.secondHalf', { year });
}

/**
 * The task group an item serves: one of its issue's six-month period (issue of July 2021 → "6 tháng
 * cuối năm 2021"), or none. A group chosen before that is no longer offered stays shown by its title.
 */
export function TaskGroupSelect({
  id,
  issueId,
  value,
  currentTitle,
  onChange,
}: {
  id: string;
  issueId: string;
  value: string | null;
  currentTitle: string | null;
  onChange: (taskGroupId: string | null) => void;
}) {
  const { t } = useTranslation();
  const halfYearLabel = useHalfYearLabel();
  const issue = useBulletinIssue(issueId);
  const groups = useBulletinTaskGroups();
  if (!issue.data) return <Select id={id} loading={issue.isPending} disabled style={{ width: '100%', maxWidth: 560 }} />;
  const { year: issueYear, month: issueMonth } = issue.data;
  const choices = taskGroupChoicesForIssue(groups.data ?? [], issueYear, issueMonth);
  const chosen = choices.find((group) => group.id === value);
  const options = choices.map((group) => ({ value: group.id, label: taskGroupLabel(group) }));
  if (value && !chosen) options.unshift({ value, label: currentTitle ?? t('bulletin.taskGroup.unknown') });
  const period = halfYearLabel(issueYear, halfYearOfMonth(issueMonth));
  return (
    <>
      <Select<string>
        id={id}
        allowClear
        loading={groups.isPending}
        value={value ?? undefined}
        placeholder={choices.length > 0 || groups.isPending ? t('bulletin.taskGroup.none') : t('bulletin.taskGroup.noneAnnounced', { period })}
        options={options}
        onChange={(next) => onChange(next ?? null)}
        style={{ width: '100%', maxWidth: 560 }}
        popupMatchSelectWidth={false}
      />
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {chosen ? chosen.title : t('bulletin.taskGroup.hint', { period })}
      </Typography.Text>
    </>
  );
}
