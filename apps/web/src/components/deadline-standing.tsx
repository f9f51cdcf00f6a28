import { deadlineWording, type DeadlineStanding, type DeadlineStandingKind } from '@giao-ban/shared';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@/lib/i18n';

/** Days left from which a countdown turns amber. */
const SOON_DAYS = 3;

const TAG_COLORS: Record<DeadlineStandingKind, string> = {
  due_in: 'blue',
  due_today: 'gold',
  overdue: 'red',
  submitted_on_time: 'green',
  submitted_late: 'orange',
};

type Tone = 'secondary' | 'warning' | 'danger' | 'success';

function toneOf(standing: DeadlineStanding): Tone {
  switch (standing.kind) {
    case 'due_in':
      return standing.daysLeft <= SOON_DAYS ? 'warning' : 'secondary';
    case 'due_today':
      return 'warning';
    case 'overdue':
    case 'submitted_late':
      return 'danger';
    case 'submitted_on_time':
      return 'success';
  }
}

/** The shared wording of libs/shared ("Còn 3 ngày", "Hạn hôm nay", "Quá hạn từ 17/12/2021"…) in the UI's language. */
export function useDeadlineWording(): (standing: DeadlineStanding, options?: { inline?: boolean }) => string {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
  return (standing, options) => deadlineWording(standing, language, options);
}

/** Where a report stands against its deadline, as coloured text (a unit's own screens). */
export function DeadlineText({ standing }: { standing: DeadlineStanding }) {
  const words = useDeadlineWording();
  const tone = toneOf(standing);
  return (
    <Typography.Text type={tone} strong={tone === 'danger' || tone === 'warning'}>
      {words(standing)}
    </Typography.Text>
  );
}

/** Where a report stands against its deadline, as a tag (the board, the dashboard). */
export function DeadlineTag({ standing }: { standing: DeadlineStanding }) {
  const words = useDeadlineWording();
  return <Tag color={TAG_COLORS[standing.kind]}>{words(standing)}</Tag>;
}
