import type { Attachment, Indicator, ReportSectionDetail, ReviewNote, TaskStatus } from '@giao-ban/shared';
import { Card, Col, Input, InputNumber, Row, Select, Tag, Typography } from 'antd';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatNumberInput, parseNumberInput } from '@/lib/format';
import type { AutosaveRegistry } from '../hooks/autosave-registry';
import type { SectionFieldErrors } from '../hooks/section-autosaver';
import { useSectionAutosave } from '../hooks/use-section-autosave';
import { AttachmentList } from './attachment-list';
import { ConflictPanel } from './conflict-panel';
import { FieldLabel } from './field-label';
import { NotApplicableCard } from './not-applicable-card';
import { SectionFieldError } from './section-field-error';
import { SECTION_STYLE, sectionElementId, useSectionTitle } from './section-heading';
import { SectionNotes } from './section-notes';

/** The statuses a unit chooses from ("not applicable" is the office's call, set per section). */
const CHOOSABLE_STATUSES: TaskStatus[] = ['done', 'in_progress', 'not_started'];

/**
 * Textareas grow with their text by CSS (`field-sizing`), not antd's `autoSize`, which measures
 * every textarea with getComputedStyle on each render; browsers without it keep `rows` and a scrollbar.
 */
const GROWING_TEXTAREA = { fieldSizing: 'content', minHeight: 100, maxHeight: 520 } as const;
const GROWING_TEXTAREA_SHORT = { ...GROWING_TEXTAREA, minHeight: 78 } as const;

const RETURNED_BORDER = '#fa8c16';
const MISSING_BORDER = '#ff4d4f';

function sortedIndicators(section: ReportSectionDetail): Indicator[] {
  return [...(section.taskGroup?.indicators ?? [])].sort((a, b) => a.ordinal - b.ordinal);
}

export interface ReportSectionCardProps {
  reportId: string;
  section: ReportSectionDetail;
  /** The user may change this section now. */
  editable: boolean;
  registry: AutosaveRegistry;
  onSaved: (section: ReportSectionDetail) => void;
  /** The office's notes on this section. */
  notes: ReviewNote[];
  /** Submission was refused because this task group has no status. */
  missingStatus: boolean;
  onStatusChosen: (sectionId: string) => void;
  /** The evidence files attached to this section (task groups only). */
  attachments: Attachment[];
}

function EditableSectionCard({
  reportId,
  section,
  editable,
  registry,
  onSaved,
  notes,
  missingStatus,
  onStatusChosen,
  attachments,
}: ReportSectionCardProps) {
  const { t, i18n } = useTranslation();
  const title = useSectionTitle()(section);
  const headingId = useId();
  const fieldId = useId();
  const autosave = useSectionAutosave({ reportId, section, editable, registry, onSaved });
  const [resolving, setResolving] = useState(false);
  const { content, conflict, fieldErrors } = autosave;
  const isTaskGroup = section.taskGroup !== null && section.taskGroupId !== null;
  const ordinal = section.taskGroup?.ordinal;
  const indicators = sortedIndicators(section);
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';

  const textLabel = isTaskGroup ? t('reports.editor.resultsLabel', { ordinal }) : title;
  const statusLabel = t('reports.editor.taskStatusLabel', { ordinal });
  const borderColor = missingStatus ? MISSING_BORDER : section.returned ? RETURNED_BORDER : undefined;

  const keepMine = () => {
    setResolving(true);
    void autosave.keepMine().finally(() => setResolving(false));
  };

  const errorOf = (field: string): string | undefined => (fieldErrors as SectionFieldErrors)[field];

  const textField = editable ? (
    <>
      {isTaskGroup ? <FieldLabel htmlFor={`${fieldId}-text`}>{t('reports.editor.results')}</FieldLabel> : null}
      <Input.TextArea
        id={`${fieldId}-text`}
        aria-label={textLabel}
        aria-invalid={errorOf('text') ? true : undefined}
        status={errorOf('text') ? 'error' : undefined}
        value={content.text}
        rows={isTaskGroup ? 4 : 3}
        style={isTaskGroup ? GROWING_TEXTAREA : GROWING_TEXTAREA_SHORT}
        placeholder={isTaskGroup ? t('reports.editor.resultsPlaceholder') : t('reports.editor.generalPlaceholder')}
        onChange={(event) => autosave.change({ text: event.target.value })}
        onBlur={() => void autosave.flush()}
      />
      <SectionFieldError id={`${fieldId}-text-error`} constraint={errorOf('text')} />
    </>
  ) : (
    <>
      {isTaskGroup ? <Typography.Text strong>{t('reports.editor.results')}</Typography.Text> : null}
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0', background: '#fafafa', borderRadius: 6, padding: '8px 12px' }}
      >
        {content.text || <Typography.Text type="secondary">{t('reports.editor.empty')}</Typography.Text>}
      </Typography.Paragraph>
    </>
  );

  const indicatorFields =
    isTaskGroup && indicators.length > 0 ? (
      <fieldset style={{ border: 0, padding: 0, margin: '12px 0 0', minWidth: 0 }}>
        <legend style={{ fontWeight: 500, fontSize: 14, marginBottom: 4, padding: 0 }}>{t('reports.editor.indicators')}</legend>
        <Row gutter={[12, 8]}>
          {indicators.map((indicator) => {
            const value = content.indicatorValues.find((entry) => entry.indicatorId === indicator.id)?.value ?? null;
            const label = t('reports.editor.indicatorLabel', { name: indicator.name, unit: indicator.unit });
            const error = errorOf(`indicator:${indicator.id}`);
            const inputId = `${fieldId}-ind-${indicator.id}`;
            return (
              <Col key={indicator.id} xs={24} md={12}>
                <FieldLabel htmlFor={editable ? inputId : undefined}>{label}</FieldLabel>
                {editable ? (
                  <InputNumber
                    id={inputId}
                    aria-label={label}
                    aria-invalid={error ? true : undefined}
                    status={error ? 'error' : undefined}
                    min={0}
                    step={1}
                    precision={indicator.integerOnly ? 0 : undefined}
                    formatter={formatNumberInput}
                    parser={parseNumberInput}
                    value={value}
                    style={{ width: '100%', maxWidth: 240 }}
                    onChange={(next) => {
                      const number = typeof next === 'number' && Number.isFinite(next) ? next : null;
                      autosave.change({
                        indicatorValues: content.indicatorValues.map((entry) =>
                          entry.indicatorId === indicator.id ? { ...entry, value: number } : entry,
                        ),
                      });
                    }}
                    onBlur={() => void autosave.flush()}
                  />
                ) : (
                  <Typography.Text id={inputId} strong>
                    {value === null ? '—' : formatNumber(value, language)}
                  </Typography.Text>
                )}
                <div>
                  {indicator.target !== null ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('reports.editor.target', { target: formatNumber(indicator.target, language), unit: indicator.unit })}
                    </Typography.Text>
                  ) : null}
                </div>
                <SectionFieldError id={`${inputId}-error`} constraint={error} />
              </Col>
            );
          })}
        </Row>
      </fieldset>
    ) : null;

  const statusField = isTaskGroup ? (
    <div style={{ marginTop: 12 }}>
      <FieldLabel htmlFor={editable ? `${fieldId}-status` : undefined}>{t('reports.editor.taskStatus')}</FieldLabel>
      {editable ? (
        <>
          <Select<TaskStatus>
            id={`${fieldId}-status`}
            aria-label={statusLabel}
            aria-invalid={missingStatus || errorOf('status') ? true : undefined}
            status={missingStatus || errorOf('status') ? 'error' : undefined}
            value={content.status ?? undefined}
            placeholder={t('reports.editor.taskStatusPlaceholder')}
            style={{ width: '100%', maxWidth: 280 }}
            options={CHOOSABLE_STATUSES.map((status) => ({ value: status, label: t(`reports.taskStatus.${status}`) }))}
            onChange={(status) => {
              autosave.change({ status }, { immediate: true });
              onStatusChosen(section.id);
            }}
          />
          {missingStatus ? (
            <div>
              <Typography.Text type="danger" style={{ fontSize: 13 }}>
                {t('reports.editor.taskStatusRequired')}
              </Typography.Text>
            </div>
          ) : null}
        </>
      ) : (
        <Typography.Text id={`${fieldId}-status`} strong>
          {content.status ? t(`reports.taskStatus.${content.status}`) : t('reports.editor.noStatus')}
        </Typography.Text>
      )}
    </div>
  ) : null;

  const body = (
    <>
      {conflict ? (
        <ConflictPanel
          server={conflict}
          mine={content}
          indicators={indicators}
          busy={resolving}
          onKeepMine={keepMine}
          onUseServer={() => autosave.takeServerCopy()}
        />
      ) : null}
      {section.taskGroup?.guidance ? (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', margin: '0 0 12px' }}>
          {section.taskGroup.guidance}
        </Typography.Paragraph>
      ) : null}
      {textField}
      {indicatorFields}
      {statusField}
      {isTaskGroup ? <AttachmentList reportId={reportId} sectionId={section.id} attachments={attachments} editable={editable} /> : null}
    </>
  );

  return (
    <section
      id={sectionElementId(section.id)}
      aria-labelledby={headingId}
      data-returned={section.returned || undefined}
      style={SECTION_STYLE}
    >
      <Card
        size="small"
        style={borderColor ? { borderColor, borderWidth: 2 } : undefined}
        title={
          <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: '4px 0', whiteSpace: 'normal' }}>
            {title}
          </Typography.Title>
        }
        extra={section.returned ? <Tag color="orange">{t('reports.editor.needsRevision')}</Tag> : undefined}
      >
        {notes.length > 0 ? (
          <Row gutter={[16, 12]}>
            <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
              {body}
            </Col>
            <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
              <SectionNotes reportId={reportId} notes={notes} />
            </Col>
          </Row>
        ) : (
          body
        )}
      </Card>
    </section>
  );
}

/** One section of the report: a task group (results, indicators, status) or a general section. */
export const ReportSectionCard = memo(function ReportSectionCard(props: ReportSectionCardProps) {
  if (!props.section.applicable) return <NotApplicableCard section={props.section} />;
  return <EditableSectionCard {...props} />;
});
