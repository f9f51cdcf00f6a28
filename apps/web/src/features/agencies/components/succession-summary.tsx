import type { ObligationFacts, SuccessionPreview } from '@giao-ban/shared';
import { Alert, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SuccessionSummaryProps {
  preview: SuccessionPreview;
  /** The successor's name: an existing unit's, or the one about to be created; null when there is none. */
  successorName: string | null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Typography.Text strong>{title}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>{children}</ul>
    </section>
  );
}

/** What a merge or an ending will do, in the words of the office: reports, periods, accounts, summaries. */
export function SuccessionSummary({ preview, successorName }: SuccessionSummaryProps) {
  const { t } = useTranslation();
  const { plan } = preview;
  const unitName = (agencyId: string) => preview.predecessors.find((a) => a.id === agencyId)?.name ?? successorName ?? agencyId;
  const line = (o: ObligationFacts) => t('units.plan.report', { period: o.periodTitle, unit: unitName(o.agencyId), state: t(`reports.state.${o.state}`) });
  const successor = successorName ?? '';

  return (
    <Flex vertical gap={12} data-testid="succession-summary">
      {plan.conflicts.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('units.plan.conflictsTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {plan.conflicts.map((o) => (
                <li key={o.reportId}>{line(o)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {plan.move.length > 0 ? (
        <Section title={t('units.plan.moveTitle', { successor })}>
          {plan.move.map((o) => (
            <li key={o.reportId}>{line(o)}</li>
          ))}
        </Section>
      ) : null}
      {plan.release.length > 0 ? (
        <Section title={t('units.plan.releaseTitle')}>
          {plan.release.map((o) => (
            <li key={o.reportId}>{line(o)}</li>
          ))}
        </Section>
      ) : null}
      <Section title={t('units.plan.keepTitle')}>
        <li>
          {plan.keep.length > 0 ? t('units.plan.keep', { count: plan.keep.length }) : t('units.plan.keepNone')}
          {successorName && plan.keep.length > 0 ? ` ${t('units.plan.keepReadable', { successor })}` : ''}
        </li>
        <li>{t('units.plan.summaries')}</li>
      </Section>
      {plan.draftPeriods.length > 0 ? (
        <Section title={t('units.plan.draftTitle')}>
          {plan.draftPeriods.map((d) => (
            <li key={d.periodId}>
              {d.successorAdded
                ? t('units.plan.draftReplaced', { period: d.periodTitle, units: d.removed.map(unitName).join(', '), successor })
                : t('units.plan.draftRemoved', { period: d.periodTitle, units: d.removed.map(unitName).join(', ') })}
            </li>
          ))}
        </Section>
      ) : null}
      <Section title={t('units.plan.usersTitle')}>
        <li>
          {preview.users.length === 0
            ? t('units.plan.usersNone')
            : preview.userPolicy === 'move'
              ? t('units.plan.usersMove', { count: preview.users.length, successor, logins: preview.users.map((u) => u.login).join(', ') })
              : t('units.plan.usersDeactivate', { count: preview.users.length, logins: preview.users.map((u) => u.login).join(', ') })}
        </li>
      </Section>
    </Flex>
  );
}
