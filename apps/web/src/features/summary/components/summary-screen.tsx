import { summaryAsOf, summaryPartTitle, type SummaryDetail, type SummaryPart, type SummarySectionView } from '@giao-ban/shared';
import { Alert, Breadcrumb, Button, Checkbox, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult, ForbiddenResult } from '@/components/errors/error-results';
import { ContentSpinner } from '@/components/full-page-spinner';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { hasStatus } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatDate, formatInstant } from '@/lib/format';
import { useCompileSummary } from '../api/compile-summary';
import { summaryExportHref, useSummary } from '../api/get-summary';
import { SummaryAnnexes } from './summary-annexes';
import { SummaryLetterhead, SummarySignature } from './summary-letterhead';
import { FinalizeSummaryModal, ReopenSummaryModal, SummarySettingsModal } from './summary-modals';
import { SummarySection } from './summary-section';
import './summary.css';

const ROMAN_PARTS: Exclude<SummaryPart, 'opening' | 'closing'>[] = ['I', 'II', 'III', 'IV'];

function Crumbs({ periodId, periodTitle }: { periodId: string; periodTitle?: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb
      className="gb-no-print"
      style={{ marginBottom: 12 }}
      items={[
        { key: 'periods', title: <Link to={paths.app.periods.getHref()}>{t('periods.detail.breadcrumb')}</Link> },
        { key: 'period', title: <Link to={paths.app.period.getHref(periodId)}>{periodTitle ?? t('summary.period')}</Link> },
        { key: 'summary', title: t('summary.title') },
      ]}
    />
  );
}

/** Before the first compile: the office compiles; a leader is told it has not been done yet. */
function NotCompiled({ periodId, canCompile }: { periodId: string; canCompile: boolean }) {
  const { t } = useTranslation();
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const compile = useCompileSummary(periodId);
  return (
    <div className="gb-summary-paper gb-summary-empty">
      <Empty description={canCompile ? t('summary.empty.office') : t('summary.empty.leader')}>
        {canCompile ? (
          <Flex vertical gap={12} align="center">
            <Checkbox checked={includeSubmitted} onChange={(event) => setIncludeSubmitted(event.target.checked)}>
              {t('summary.includeSubmitted')}
            </Checkbox>
            <Button type="primary" loading={compile.isPending} onClick={() => compile.mutate({ includeSubmitted })}>
              {t('summary.compile')}
            </Button>
            {compile.isError ? <Alert type="error" showIcon title={errorMessage(compile.error, t)} /> : null}
          </Flex>
        ) : null}
      </Empty>
    </div>
  );
}

function Fact({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'gb-summary-fact gb-summary-fact-wide' : 'gb-summary-fact'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function SummaryBody({ summary }: { summary: SummaryDetail }) {
  const { t } = useTranslation();
  const periodId = summary.period.id;
  const { permissions, settings } = summary;
  const [includeSubmitted, setIncludeSubmitted] = useState(summary.includeSubmitted);
  const [modal, setModal] = useState<'settings' | 'finalize' | 'reopen' | null>(null);
  const compile = useCompileSummary(periodId);
  const final = summary.state === 'final';
  const recompile = (sections?: string[]) => compile.mutate({ includeSubmitted, ...(sections ? { sections } : {}) });
  const compilingKey = compile.isPending ? (compile.variables?.sections?.[0] ?? '*') : null;
  const newInputSections = summary.sections.filter((s) => s.newInputs.length > 0).length;
  const unsettled = summary.sections.filter((s) => s.proposed !== null).length;

  const renderSection = (section: SummarySectionView) => (
    <SummarySection
      key={section.key}
      periodId={periodId}
      section={section}
      canEdit={permissions.canEdit}
      canCompile={permissions.canCompile}
      compiling={compilingKey === section.key || compilingKey === '*'}
      onRecompile={(key) => recompile([key])}
    />
  );
  const byPart = (part: SummaryPart) => summary.sections.filter((s) => s.part === part);
  const asOf = summaryAsOf(summary.figures);
  // What the text and annex II are compiled from; the dashboard counts every report sent, reviewed or not.
  const counted = {
    accepted: summary.figures.units.filter((u) => u.inclusion === 'accepted').length,
    submitted: summary.figures.units.filter((u) => u.inclusion === 'submitted').length,
  };

  return (
    <>
      <Flex vertical gap={12} className="gb-no-print gb-summary-controls">
        <dl className="gb-summary-facts">
          <Fact label={t('summary.facts.state')}>
            <Tag color={final ? 'green' : 'blue'}>{t(`summary.state.${summary.state}`)}</Tag>
          </Fact>
          <Fact label={t('summary.facts.version')}>
            {summary.version}
            {summary.finalVersion ? ` · ${t('summary.facts.finalVersion', { n: summary.finalVersion })}` : ''}
          </Fact>
          <Fact label={t('summary.facts.number')}>{settings.number ?? t('summary.facts.none')}</Fact>
          <Fact label={t('summary.facts.date')}>{settings.date ? formatDate(settings.date) : t('summary.facts.none')}</Fact>
          <Fact label={t('summary.facts.style')}>{t(`summary.style.${settings.style}`)}</Fact>
          <Fact label={t('summary.facts.counted')} wide>
            {t('summary.facts.countedAccepted', { count: counted.accepted })}
            {counted.submitted ? ` · ${t('summary.facts.countedSubmitted', { count: counted.submitted })}` : ''}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
              {t('summary.facts.countedVsDashboard')}
            </Typography.Text>
          </Fact>
          <Fact label={t('summary.facts.asOf')}>{asOf ? formatDate(asOf) : t('summary.facts.none')}</Fact>
          <Fact label={t('summary.facts.compiledAt')} wide>
            {formatInstant(summary.compiledAt)}
            {summary.includeSubmitted ? ` · ${t('summary.facts.withSubmitted')}` : ''}
          </Fact>
        </dl>

        <Flex wrap gap={8} className="gb-summary-actions">
          {permissions.canCompile && !final ? (
            <>
              <Button loading={compilingKey === '*'} onClick={() => recompile()}>
                {t('summary.recompile')}
              </Button>
              <Checkbox checked={includeSubmitted} onChange={(event) => setIncludeSubmitted(event.target.checked)} className="gb-summary-include">
                {t('summary.includeSubmitted')}
              </Checkbox>
            </>
          ) : null}
        </Flex>
        <Flex wrap gap={8} className="gb-summary-actions">
          {permissions.canEdit ? <Button onClick={() => setModal('settings')}>{t('summary.settings.title')}</Button> : null}
          {permissions.canFinalize && !final ? (
            <Button type="primary" disabled={unsettled > 0} onClick={() => setModal('finalize')}>
              {t('summary.finalize.button')}
            </Button>
          ) : null}
          {permissions.canReopen && final ? <Button onClick={() => setModal('reopen')}>{t('summary.reopen.button')}</Button> : null}
          <Button href={summaryExportHref(periodId, 'docx')} download>
            {t('summary.download.docx')}
          </Button>
          <Button href={summaryExportHref(periodId, 'xlsx')} download>
            {t('summary.download.xlsx')}
          </Button>
          <Button onClick={() => window.print()}>{t('summary.print')}</Button>
        </Flex>

        {compile.isError ? <Alert type="error" showIcon title={errorMessage(compile.error, t)} /> : null}
        {final ? <Alert type="success" showIcon title={t('summary.finalNotice', { number: settings.number ?? '', date: formatDate(settings.date) })} /> : null}
        {!final && asOf && settings.date && settings.date !== asOf ? (
          <Alert
            type="warning"
            showIcon
            title={t('summary.asOfMismatch', { asOf: formatDate(asOf), date: formatDate(settings.date) })}
            action={
              permissions.canCompile ? (
                <Button size="small" type="primary" loading={compilingKey === '*'} onClick={() => recompile()}>
                  {t('summary.recompile')}
                </Button>
              ) : undefined
            }
          />
        ) : null}
        {!final && unsettled > 0 && permissions.canEdit ? <Alert type="warning" showIcon title={t('summary.unsettled', { count: unsettled })} /> : null}
        {!final && summary.hasNewInputs ? (
          <Alert
            type="info"
            showIcon
            title={t('summary.newInputs.sections', { count: newInputSections })}
            action={
              permissions.canCompile ? (
                <Button size="small" type="primary" loading={compilingKey === '*'} aria-label={t('summary.recompileAllNew')} onClick={() => recompile()}>
                  {t('summary.recompile')}
                </Button>
              ) : undefined
            }
          />
        ) : null}
      </Flex>

      <div className="gb-summary-paper">
        <SummaryLetterhead settings={settings} year={summary.period.year} />
        {byPart('opening').map(renderSection)}
        {ROMAN_PARTS.map((part) => {
          const sections = byPart(part);
          if (!sections.length) return null;
          return (
            <div key={part} className="gb-summary-part">
              <h2 className="gb-summary-part-title">
                {part}. {summaryPartTitle(part, summary.period)}
              </h2>
              {sections.map(renderSection)}
            </div>
          );
        })}
        {byPart('closing').map(renderSection)}
        <SummarySignature settings={settings} />
        <div className="gb-summary-annexes">
          <SummaryAnnexes figures={summary.figures} />
        </div>
      </div>

      {modal === 'settings' ? <SummarySettingsModal summary={summary} open onClose={() => setModal(null)} /> : null}
      {modal === 'finalize' ? <FinalizeSummaryModal summary={summary} open onClose={() => setModal(null)} /> : null}
      {modal === 'reopen' ? <ReopenSummaryModal summary={summary} open onClose={() => setModal(null)} /> : null}
    </>
  );
}

/**
 * "Báo cáo tổng hợp" (SPEC §4): the period's summary report. The office compiles it, edits its
 * sections in place, sets the document's header, finalizes and reopens it; leaders read it. Both
 * download the .docx and .xlsx and print it (A4, Times New Roman).
 */
export function SummaryScreen({ periodId, periodTitle, canCompile }: { periodId: string; periodTitle?: string; canCompile: boolean }) {
  const { t } = useTranslation();
  const summary = useSummary(periodId);
  const title = summary.data?.period.title ?? periodTitle;

  let body: React.ReactNode;
  if (summary.data) body = <SummaryBody summary={summary.data} />;
  else if (summary.isPending) body = <ContentSpinner label={t('common.loading')} />;
  else if (hasStatus(summary.error, 404)) body = <NotCompiled periodId={periodId} canCompile={canCompile} />;
  else if (hasStatus(summary.error, 403)) body = <ForbiddenResult />;
  else body = <ErrorResult message={errorMessage(summary.error, t)} onRetry={() => void summary.refetch()} />;

  return (
    <article className="gb-summary">
      <title>{`${t('summary.title')} · ${t('app.name')}`}</title>
      <Crumbs periodId={periodId} periodTitle={title} />
      <div className="gb-no-print">
        <PageHeader title={t('summary.title')} description={title} />
      </div>
      {body}
    </article>
  );
}
