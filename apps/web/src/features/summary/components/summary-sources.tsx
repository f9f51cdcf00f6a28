import type { SummaryGeneralSectionKey, SummarySource } from '@giao-ban/shared';
import { Alert, Button, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSummarySources } from '../api/get-summary-sources';

/**
 * Beside the editor of a section of parts II–IV: what each unit wrote for it. The office writes the
 * committee's own assessment and quotes a unit with one click; nothing goes into the report unless
 * quoted. Units' proposals to the committee are an internal list for the office.
 */
export function SummarySources({ periodId, sectionKey, onQuote }: { periodId: string; sectionKey: SummaryGeneralSectionKey; onQuote: (text: string) => void }) {
  const { t } = useTranslation();
  const sources = useSummarySources(periodId, true);
  const list: SummarySource[] = sources.data?.sections[sectionKey] ?? [];
  return (
    <section className="gb-summary-pane gb-summary-sources" aria-label={t('summary.sources.title')}>
      <h4 className="gb-summary-pane-title">{t('summary.sources.title')}</h4>
      {sectionKey === 'proposals' ? <Alert type="info" showIcon title={t('summary.sources.internalProposals')} style={{ marginBottom: 8 }} /> : null}
      {sources.isPending ? <Spin size="small" /> : null}
      {sources.isError ? <Alert type="error" showIcon title={t('summary.sources.failed')} /> : null}
      {sources.isSuccess && list.length === 0 ? <p>{t('summary.sources.none')}</p> : null}
      <ul className="gb-summary-source-list">
        {list.map((source) => (
          <li key={source.agencyId}>
            <div className="gb-strong">
              {source.agencyName} {source.inclusion === 'submitted' ? <Tag>{t('summary.sources.notAccepted')}</Tag> : null}
            </div>
            {source.lines.map((line, index) => (
              <div key={index} className="gb-summary-source-line">
                <span>{line}</span>{' '}
                <Button size="small" aria-label={t('summary.sources.quoteLabel', { unit: source.agencyName })} onClick={() => onQuote(`${line} (${source.agencyName})`)}>
                  {t('summary.sources.quote')}
                </Button>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
