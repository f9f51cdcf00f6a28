import { formatNumberVi, submissionWording, type SummaryFigures } from '@giao-ban/shared';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { isLanguage } from '@/lib/i18n';

/**
 * The annexes as tables: 1 — the units and their reports (state, due date, submission);
 * 2 — the indicators per unit, with the totals.
 */
export function SummaryAnnexes({ figures }: { figures: SummaryFigures }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
  return (
    <>
      <section className="gb-summary-annex" aria-labelledby="summary-annex-1">
        <h3 id="summary-annex-1" className="gb-summary-annex-title">
          {t('summary.annex.units')}
        </h3>
        <div className="gb-summary-table-wrap">
          <table className="gb-summary-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.annex.no')}</th>
                <th scope="col">{t('summary.annex.unit')}</th>
                <th scope="col">{t('summary.annex.state')}</th>
                <th scope="col">{t('summary.annex.dueDate')}</th>
                <th scope="col">{t('summary.annex.submission')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.units.map((unit, index) => (
                <tr key={unit.agencyId}>
                  <td className="gb-num">{index + 1}</td>
                  <td>
                    {unit.name}
                    {unit.inclusion === 'submitted' ? <em> {t('summary.annex.notAccepted')}</em> : null}
                  </td>
                  <td>{t(`summary.reportState.${unit.state}`)}</td>
                  <td>{formatDate(unit.effectiveDueDate)}</td>
                  <td>{submissionWording(unit, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {figures.indicators.length ? (
        <section className="gb-summary-annex" aria-labelledby="summary-annex-2">
          <h3 id="summary-annex-2" className="gb-summary-annex-title">
            {t('summary.annex.indicators')}
          </h3>
          <div className="gb-summary-table-wrap">
            <table className="gb-summary-table">
              <thead>
                <tr>
                  <th scope="col">{t('summary.annex.unit')}</th>
                  {figures.indicators.map((indicator, index) => (
                    <th scope="col" key={index}>
                      {indicator.name} <span className="gb-muted">({indicator.unit})</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.indicatorRows.map((row) => (
                  <tr key={row.agencyId}>
                    <th scope="row">
                      {row.name}
                      {row.inclusion === 'submitted' ? <em> {t('summary.annex.notAccepted')}</em> : null}
                    </th>
                    {row.values.map((value, index) => (
                      <td className="gb-num" key={index}>
                        {value === null ? '–' : formatNumberVi(value)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('summary.annex.total')}</th>
                  {figures.indicatorTotals.map((value, index) => (
                    <td className="gb-num gb-strong" key={index}>
                      {value === null ? '–' : formatNumberVi(value)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t('summary.annex.target')}</th>
                  {figures.indicators.map((indicator, index) => (
                    <td className="gb-num" key={index}>
                      {indicator.target === null ? '–' : formatNumberVi(indicator.target)}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
