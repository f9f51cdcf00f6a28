import type { SummaryDocument, SummarySectionView, SummaryStaleVersionDetails } from '@giao-ban/shared';
import { isOfficeWrittenSection, validateSummaryDocument, type SummaryGeneralSectionKey } from '@giao-ban/shared';
import { Alert, Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { formatInstant } from '@/lib/format';
import { useResolveSummaryProposal } from '../api/resolve-summary-proposal';
import { useSaveSummarySection } from '../api/save-summary-section';
import { documentToLines, linesToDocument, newLineId, type EditorLine } from '../utils/editor-model';
import { SummaryDocumentEditor } from './summary-document-editor';
import { SummaryDocumentView } from './summary-document-view';
import { SummarySources } from './summary-sources';

/** What a section is called on screen (the opening and closing paragraphs have no heading). */
export function sectionLabel(section: Pick<SummarySectionView, 'key' | 'title' | 'part'>, t: (key: 'summary.section.opening' | 'summary.section.closing' | 'summary.section.nextPlan') => string): string {
  if (section.title) return section.title;
  if (section.key === 'opening') return t('summary.section.opening');
  if (section.key === 'closing') return t('summary.section.closing');
  return t('summary.section.nextPlan');
}

function staleServerCopy(error: unknown): SummarySectionView | null {
  if (!isApiError(error) || error.code !== 'STALE_VERSION') return null;
  const details = error.details as unknown as SummaryStaleVersionDetails | undefined;
  return details && typeof details === 'object' && 'server' in details ? details.server : null;
}

function NewInputsNotice({ section, canCompile, compiling, onRecompile }: { section: SummarySectionView; canCompile: boolean; compiling: boolean; onRecompile: () => void }) {
  const { t } = useTranslation();
  const label = sectionLabel(section, t);
  return (
    <Alert
      className="gb-no-print gb-summary-new-inputs"
      type="info"
      showIcon
      title={t('summary.newInputs.count', { count: section.newInputs.length })}
      description={section.newInputs.map((input) => `${input.agencyName} (${t(`summary.newInputs.change.${input.change}`)})`).join('; ')}
      action={
        canCompile ? (
          <Button size="small" loading={compiling} aria-label={`${t('summary.recompile')} — ${label}`} onClick={onRecompile}>
            {t('summary.recompile')}
          </Button>
        ) : undefined
      }
    />
  );
}

/**
 * One section of the summary: its text rendered from the document model; for the office an
 * in-place editor (saved with the section's version, a 409 shows the server's copy beside the
 * edit), the recompile's proposal beside an edited text, and the new inputs since the last compile.
 */
export function SummarySection({
  periodId,
  section,
  canEdit,
  canCompile,
  compiling,
  onRecompile,
}: {
  periodId: string;
  section: SummarySectionView;
  canEdit: boolean;
  canCompile: boolean;
  compiling: boolean;
  onRecompile: (key: string) => void;
}) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<EditorLine[] | null>(null);
  const [baseVersion, setBaseVersion] = useState(section.version);
  const [server, setServer] = useState<SummarySectionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = useSaveSummarySection(periodId, section.key);
  const resolve = useResolveSummaryProposal(periodId, section.key);
  const label = sectionLabel(section, t);
  const editing = lines !== null;
  const draftDocument: SummaryDocument | null = lines ? linesToDocument(lines) : null;

  const startEdit = () => {
    setLines(documentToLines(section.content));
    setBaseVersion(section.version);
    setServer(null);
    setError(null);
  };
  const stopEdit = () => {
    setLines(null);
    setServer(null);
    setError(null);
  };

  const submit = async (version: number) => {
    if (!lines) return;
    const content = linesToDocument(lines);
    if (validateSummaryDocument(content).length) {
      setError(t('summary.editor.invalid'));
      return;
    }
    setError(null);
    try {
      await save.mutateAsync({ version, content });
      stopEdit();
    } catch (caught) {
      const copy = staleServerCopy(caught);
      if (copy) {
        setServer(copy);
        setBaseVersion(copy.version);
      } else setError(errorMessage(caught, t));
    }
  };

  const decide = async (decision: 'accept' | 'keep') => {
    setError(null);
    try {
      await resolve.mutateAsync({ version: section.version, decision });
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  };

  const headingId = `summary-section-${section.key.replace(/[^a-z0-9]/gi, '-')}`;
  const showProposal = canEdit && section.proposed !== null && !editing;

  return (
    <section className="gb-summary-section" aria-labelledby={headingId}>
      <Flex wrap gap={8} align="center" justify="space-between" className="gb-summary-section-head">
        <h3 id={headingId} className={section.title ? 'gb-summary-heading' : 'gb-summary-heading gb-screen-only-heading'}>
          {label}
        </h3>
        <Flex wrap gap={6} align="center" className="gb-no-print">
          {section.edited ? <Tag color="gold">{t('summary.section.edited')}</Tag> : null}
          {canEdit && !editing && section.proposed === null ? (
            <Button size="small" aria-label={`${t('summary.section.edit')} — ${label}`} onClick={startEdit}>
              {t('summary.section.edit')}
            </Button>
          ) : null}
        </Flex>
      </Flex>

      {section.newInputs.length > 0 ? (
        <NewInputsNotice section={section} canCompile={canCompile} compiling={compiling} onRecompile={() => onRecompile(section.key)} />
      ) : null}
      {error ? <Alert className="gb-no-print" type="error" showIcon title={error} style={{ marginBottom: 8 }} /> : null}

      {showProposal && section.proposed ? (
        <div className="gb-no-print">
          <Alert
            type="warning"
            showIcon
            title={t('summary.proposal.title')}
            description={section.proposedAt ? t('summary.proposal.hint', { time: formatInstant(section.proposedAt) }) : undefined}
            style={{ marginBottom: 8 }}
          />
          <div className="gb-summary-compare">
            <div className="gb-summary-pane" aria-label={t('summary.proposal.current')} role="region">
              <div className="gb-summary-pane-title">{t('summary.proposal.current')}</div>
              <SummaryDocumentView document={section.content} emptyText={t('summary.section.empty')} />
            </div>
            <div className="gb-summary-pane gb-summary-pane-new" aria-label={t('summary.proposal.proposed')} role="region">
              <div className="gb-summary-pane-title">{t('summary.proposal.proposed')}</div>
              <SummaryDocumentView document={section.proposed} emptyText={t('summary.section.empty')} />
            </div>
          </div>
          <Flex wrap gap={8} style={{ marginTop: 8 }}>
            <Button type="primary" loading={resolve.isPending && resolve.variables?.decision === 'accept'} onClick={() => void decide('accept')}>
              {t('summary.proposal.accept')}
            </Button>
            <Button loading={resolve.isPending && resolve.variables?.decision === 'keep'} onClick={() => void decide('keep')}>
              {t('summary.proposal.keep')}
            </Button>
          </Flex>
        </div>
      ) : null}

      {editing && lines && draftDocument ? (
        <div className="gb-no-print">
          {server ? (
            <Alert type="error" showIcon title={t('summary.conflict.title')} description={t('summary.conflict.hint')} style={{ marginBottom: 8 }} />
          ) : null}
          <div className="gb-summary-compare">
            <SummaryDocumentEditor lines={lines} onChange={setLines} label={t('summary.editor.label', { section: label })} />
            {server ? (
              <div className="gb-summary-pane gb-summary-pane-server" role="region" aria-label={t('summary.conflict.server')}>
                <div className="gb-summary-pane-title">
                  {t('summary.conflict.server')}
                  {server.edited ? ` · ${t('summary.section.edited')}` : ''}
                </div>
                <SummaryDocumentView document={server.content} emptyText={t('summary.section.empty')} />
              </div>
            ) : (
              <div className="gb-summary-pane" role="region" aria-label={t('summary.editor.preview')}>
                <div className="gb-summary-pane-title">{t('summary.editor.preview')}</div>
                <SummaryDocumentView document={draftDocument} emptyText={t('summary.section.empty')} />
              </div>
            )}
          </div>
          {isOfficeWrittenSection(section.key) ? (
            <SummarySources
              periodId={periodId}
              sectionKey={section.key as SummaryGeneralSectionKey}
              onQuote={(text) => setLines([...lines, { id: newLineId(), kind: 'paragraph', runs: [{ text }] }])}
            />
          ) : null}
          <Flex wrap gap={8} style={{ marginTop: 8 }}>
            {server ? (
              <>
                <Button type="primary" loading={save.isPending} onClick={() => void submit(server.version)}>
                  {t('summary.conflict.overwrite')}
                </Button>
                <Button
                  onClick={() => {
                    setLines(documentToLines(server.content));
                    setServer(null);
                  }}
                >
                  {t('summary.conflict.takeServer')}
                </Button>
              </>
            ) : (
              <Button type="primary" loading={save.isPending} onClick={() => void submit(baseVersion)}>
                {t('summary.section.save')}
              </Button>
            )}
            <Button onClick={stopEdit}>{t('summary.section.cancel')}</Button>
          </Flex>
        </div>
      ) : null}

      {!editing ? (
        <div className={showProposal ? 'gb-print-only' : undefined}>
          <SummaryDocumentView document={section.content} emptyText={t('summary.section.empty')} />
        </div>
      ) : (
        <div className="gb-print-only">
          <SummaryDocumentView document={section.content} />
        </div>
      )}
    </section>
  );
}
