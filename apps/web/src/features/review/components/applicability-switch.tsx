import type { ReportSectionDetail } from '@giao-ban/shared';
import { Flex, Switch, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useSetSectionApplicability } from '../api/set-section-applicability';

/** The office's switch marking a task group (not) applicable to this unit. */
export function ApplicabilitySwitch({ reportId, section }: { reportId: string; section: ReportSectionDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const setApplicability = useSetSectionApplicability(reportId);
  return (
    <Flex vertical align="flex-end" gap={2}>
      <Flex align="center" gap={6}>
        <label htmlFor={id} style={{ fontSize: 13 }}>
          {t('review.section.applicable')}
        </label>
        <Switch
          id={id}
          size="small"
          checked={section.applicable}
          loading={setApplicability.isPending}
          onChange={(applicable) => setApplicability.mutate({ sectionId: section.id, applicable })}
        />
      </Flex>
      {setApplicability.isError ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {errorMessage(setApplicability.error, t)}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
