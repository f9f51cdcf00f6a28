import { endOfLocalDayExclusive, formatLocalDateVi, toLocalDate } from '../deadlines/local-date.js';
import type { IndicatorAggregation, LocalDate, ReportingPeriod } from '../periods/period.types.js';
import type { VersionSectionContent } from '../reports/report-api.types.js';
import type { ReportState, TaskStatus } from '../reports/report.types.js';
import { daysLateFor, submissionStatus } from '../reports/submission-status.js';
import { summarySubject, taskGroupHeading } from './document-format.js';
import { aggregateIndicator, countStatuses } from './indicator-aggregation.js';
import { summaryParagraph as paragraph, summaryRun as run, type SummaryDocument } from './summary-document.js';
import {
  bulletinContributionSentence,
  generalSectionTemplate,
  indicatorClause,
  reportsNothing,
  taskGroupLead,
  unitResultSentence,
  withoutListMark,
  type SummaryBulletinCounts,
} from './summary-wording.js';
import type {
  SummaryFigures,
  SummaryGeneralSectionKey,
  SummaryInclusion,
  SummaryInputEntry,
  SummaryPart,
  SummarySectionInputs,
  SummarySource,
  SummaryUnitFigure,
} from './summary.types.js';

/** What the compile reads of the period: its naming and its dates. */
export type SummaryPeriodInput = Pick<ReportingPeriod, 'id' | 'title' | 'kind' | 'year' | 'sequence' | 'cutOffFrom' | 'cutOffTo' | 'dueDate'>;

export interface SummaryTaskGroupInput {
  ordinal: number;
  title: string;
  indicators: { name: string; unit: string; aggregation: IndicatorAggregation; target: number | null }[];
}

/** One obligated unit, with its latest submitted version's content when the summary may include it. */
export interface SummaryUnitInput {
  agencyId: string;
  name: string;
  displayOrder: number;
  state: ReportState;
  effectiveDueDate: LocalDate;
  firstSubmittedAt: string | null;
  /** Number of the latest submitted version (0: never submitted). */
  versionNumber: number;
  /** Sections of that version (`report_versions.content`), never the live draft; null when not loaded. */
  content: VersionSectionContent[] | null;
  /**
   * What that content gives each section, when worked out already (`unitContributions`, as the
   * API's compile does batch by batch while it reads): then `content` is not needed.
   */
  contributions?: UnitContributions;
}

export interface CompileSummaryInput {
  period: SummaryPeriodInput;
  taskGroups: SummaryTaskGroupInput[];
  units: SummaryUnitInput[];
  includeSubmitted: boolean;
  now: Date;
  /**
   * The day the figures are stated as of — the document's date, or the compile's day while the
   * document has none: the opening says "đến ngày …", and which reports had arrived, on time or
   * late, is counted as of the end of that day (or now, if that is earlier).
   */
  asOf: LocalDate;
  digest: InputDigest;
  /** The bulletin's items accepted from the units in the period (summaryBulletinMonths); the opening quotes them. */
  bulletin?: SummaryBulletinCounts | null;
}

export interface SummarySectionOutline {
  key: string;
  part: SummaryPart;
  title: string;
}

export interface CompiledSummarySection extends SummarySectionOutline {
  content: SummaryDocument;
  inputs: SummarySectionInputs;
}

export interface CompiledSummary {
  sections: CompiledSummarySection[];
  figures: SummaryFigures;
}

/** Digest of "nothing from this unit here" (no text, no status, no figure; or not applicable). */
export const EMPTY_CONTRIBUTION = '-';

/**
 * Turns what a unit gave a section into the short digest stored in the section's inputs, to tell
 * on a later look whether it changed. Given by the API (a hash of `node:crypto`, its name written
 * in front of each digest, so a digest made another way is never taken for an equal one); the
 * rules here only say what is digested.
 */
export type InputDigest = (text: string) => string;

/** The general sections in print order, with their part and heading: the summary's and a unit's own report's. */
export const GENERAL_OUTLINE: readonly { key: SummaryGeneralSectionKey; part: SummaryPart; title: string }[] = [
  { key: 'strengths', part: 'II', title: '1. Ưu điểm' },
  { key: 'limitations', part: 'II', title: '2. Hạn chế' },
  { key: 'causes', part: 'II', title: '3. Nguyên nhân' },
  { key: 'next_plan', part: 'III', title: '' },
  { key: 'difficulties', part: 'IV', title: '1. Khó khăn, vướng mắc' },
  { key: 'proposals', part: 'IV', title: '2. Đề xuất, kiến nghị' },
];

/** The sections of a period's summary, in the order the report prints them. */
export function summarySectionOutline(taskGroups: readonly Pick<SummaryTaskGroupInput, 'ordinal' | 'title'>[]): SummarySectionOutline[] {
  return [
    { key: 'opening', part: 'opening', title: '' },
    ...[...taskGroups]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((g) => ({ key: `tg:${g.ordinal}`, part: 'I' as const, title: taskGroupHeading(g.ordinal, g.title) })),
    ...GENERAL_OUTLINE,
    { key: 'closing', part: 'closing', title: '' },
  ];
}

/** Accepted reports go in; submitted ones only when the office asks, marked; the rest never. */
export function inclusionOf(state: ReportState, includeSubmitted: boolean): SummaryInclusion {
  if (state === 'accepted') return 'accepted';
  if (state === 'submitted' && includeSubmitted) return 'submitted';
  return null;
}

const tagOf = (inclusion: SummaryInclusion): SummaryInputEntry[1] => (inclusion === 'accepted' ? 'a' : inclusion === 'submitted' ? 's' : '-');

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\r\n\t\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/;

/** A unit's text as clean lines: CR/LF normalised, control characters dropped, blank lines skipped. */
export function linesOf(text: string | null | undefined): string[] {
  // Most texts are one line with nothing to clean: one scan instead of three passes.
  if (!text || !NEEDS_CLEANING.test(text)) {
    const line = (text ?? '').trim();
    return line ? [line] : [];
  }
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((l) => l.replace(/\t/g, ' ').trim())
    .filter(Boolean);
}

/** A unit's contribution to a task group: its status, its text's lines, its indicator values, and their digest. */
export interface TaskContribution {
  status: TaskStatus | null;
  lines: string[];
  values: (number | null)[];
  digest: string;
}

/** A unit's contribution to a general section: its text's lines and their digest. */
export interface GeneralContribution {
  lines: string[];
  digest: string;
}

/** What one unit's report gives each content section of the summary. */
export interface UnitContributions {
  /** By task group section key (`tg:<ordinal>`). */
  tasks: Map<string, TaskContribution>;
  general: Map<SummaryGeneralSectionKey, GeneralContribution>;
}

/** The unit's value for an indicator of the group: matched by name and unit, else by position. */
function indicatorValue(section: VersionSectionContent | undefined, group: SummaryTaskGroupInput, index: number): number | null {
  if (!section) return null;
  const indicator = group.indicators[index]!;
  const byName = section.indicatorValues.find((v) => v.name === indicator.name && v.unit === indicator.unit);
  const found = byName ?? (section.indicatorValues.length === group.indicators.length ? section.indicatorValues[index] : undefined);
  return typeof found?.value === 'number' ? found.value : null;
}

function taskContribution(section: VersionSectionContent | undefined, group: SummaryTaskGroupInput, digest: InputDigest): TaskContribution {
  const status: TaskStatus | null = section?.status ?? null;
  const applicable = status !== 'not_applicable';
  const lines = applicable ? linesOf(section?.text) : [];
  const values = group.indicators.map((_, i) => (applicable ? indicatorValue(section, group, i) : null));
  const empty = !applicable || (!status && lines.length === 0 && values.every((v) => v === null));
  return { status: applicable ? status : null, lines, values, digest: empty ? EMPTY_CONTRIBUTION : digest(JSON.stringify([status, lines, values])) };
}

function generalContribution(section: VersionSectionContent | undefined, digest: InputDigest): GeneralContribution {
  const lines = linesOf(section?.text);
  return { lines, digest: lines.length ? digest(JSON.stringify(lines)) : EMPTY_CONTRIBUTION };
}

/** The sections of a version's content by key (the first of a key, as a find would). */
function sectionsByKey(content: readonly VersionSectionContent[]): Map<string, VersionSectionContent> {
  const byKey = new Map<string, VersionSectionContent>();
  for (const section of content) if (!byKey.has(section.key)) byKey.set(section.key, section);
  return byKey;
}

/**
 * What a unit's version content gives each content section (a section missing from it gives
 * nothing). Worked out once per unit, so a compile can do it as the contents arrive and keep only
 * this — the lines it quotes and the figures — instead of the whole content.
 */
export function unitContributions(content: readonly VersionSectionContent[], taskGroups: readonly SummaryTaskGroupInput[], digest: InputDigest): UnitContributions {
  const byKey = sectionsByKey(content);
  const tasks = new Map<string, TaskContribution>();
  for (const group of taskGroups) tasks.set(`tg:${group.ordinal}`, taskContribution(byKey.get(`tg:${group.ordinal}`), group, digest));
  const general = new Map<SummaryGeneralSectionKey, GeneralContribution>();
  for (const { key } of GENERAL_OUTLINE) general.set(key, generalContribution(byKey.get(key), digest));
  return { tasks, general };
}

/** What the opening paragraph depends on for a unit: its state, first submission and due date. */
export function openingInput(unit: SummaryUnitInput, inclusion: SummaryInclusion, digest: InputDigest): SummaryInputEntry {
  return [unit.versionNumber, tagOf(inclusion), digest(`${unit.state}|${unit.firstSubmittedAt ?? ''}|${unit.effectiveDueDate}`)];
}

/**
 * For an included unit, its input entry in every content section (task groups and general ones).
 * The same function runs at compile time and when the API looks for new inputs, so they agree.
 */
export function unitSectionInputs(
  unit: SummaryUnitInput,
  inclusion: Exclude<SummaryInclusion, null>,
  taskGroups: readonly SummaryTaskGroupInput[],
  digest: InputDigest,
): Record<string, SummaryInputEntry> {
  const contributions = unit.contributions ?? unitContributions(unit.content ?? [], taskGroups, digest);
  const entries: Record<string, SummaryInputEntry> = {};
  for (const [key, c] of contributions.tasks) entries[key] = [unit.versionNumber, tagOf(inclusion), c.digest];
  for (const [key, c] of contributions.general) entries[key] = [unit.versionNumber, tagOf(inclusion), c.digest];
  return entries;
}

function byAgencyOrder(units: readonly SummaryUnitInput[]): SummaryUnitInput[] {
  return [...units].sort((a, b) => a.displayOrder - b.displayOrder || a.name.localeCompare(b.name, 'vi'));
}

/**
 * What the units wrote for the sections the office writes itself (parts II–IV): the sources beside
 * the editor, in agency order, for the units the summary includes. A unit's proposals to the
 * committee stay here, an internal list for the office, and never go into the report itself.
 */
export function summarySources(units: readonly SummaryUnitInput[], includeSubmitted: boolean): Record<SummaryGeneralSectionKey, SummarySource[]> {
  const sources = Object.fromEntries(GENERAL_OUTLINE.map(({ key }) => [key, [] as SummarySource[]])) as Record<SummaryGeneralSectionKey, SummarySource[]>;
  for (const unit of byAgencyOrder(units)) {
    const inclusion = unit.content || unit.contributions ? inclusionOf(unit.state, includeSubmitted) : null;
    if (!inclusion) continue;
    const byKey = unit.contributions ? null : sectionsByKey(unit.content!);
    for (const { key } of GENERAL_OUTLINE) {
      const lines = unit.contributions ? unit.contributions.general.get(key)!.lines : linesOf(byKey!.get(key)?.text);
      if (lines.length) sources[key].push({ agencyId: unit.agencyId, agencyName: unit.name, inclusion, versionNumber: unit.versionNumber, lines });
    }
  }
  return sources;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/**
 * Compiles the period's reports into the summary: the opening (who reported, on time or late,
 * who is missing); I. for each task group a lead sentence from the figures, then the units'
 * results as prose in agency order; II.–IV. the starting text of the committee's own assessment,
 * which the office writes with the units' inputs beside it (summarySources); the closing; and the
 * annexes' figures. Nothing about the office's processing is printed: the screen shows it.
 */
export function compileSummary(input: CompileSummaryInput): CompiledSummary {
  const { period, includeSubmitted, now, asOf } = input;
  const endOfAsOf = endOfLocalDayExclusive(asOf);
  const at = endOfAsOf < now ? new Date(endOfAsOf.getTime() - 1) : now;
  const taskGroups = [...input.taskGroups].sort((a, b) => a.ordinal - b.ordinal);
  const units = byAgencyOrder(input.units);
  const inclusionById = new Map(units.map((u) => [u.agencyId, u.content || u.contributions ? inclusionOf(u.state, includeSubmitted) : null]));
  const included = units.filter((u) => inclusionById.get(u.agencyId));
  const inclusion = (u: SummaryUnitInput) => inclusionById.get(u.agencyId)!;
  const contributionsById = new Map(included.map((u) => [u.agencyId, u.contributions ?? unitContributions(u.content!, taskGroups, input.digest)]));
  const contributionsOf = (u: SummaryUnitInput) => contributionsById.get(u.agencyId)!;
  const outline = summarySectionOutline(taskGroups);
  const titleOf = (key: string) => outline.find((o) => o.key === key)!.title;

  // ——— annex 1: every obligated unit ———
  const unitFigures: SummaryUnitFigure[] = units.map((u) => {
    const sent = u.firstSubmittedAt ? new Date(u.firstSubmittedAt) : null;
    // A report sent after the as-of day had not arrived then.
    const firstSubmitted = sent && sent <= at ? sent : null;
    const status = submissionStatus(firstSubmitted, u.effectiveDueDate, at);
    return {
      agencyId: u.agencyId,
      name: u.name,
      state: u.state,
      effectiveDueDate: u.effectiveDueDate,
      firstSubmittedAt: firstSubmitted ? u.firstSubmittedAt : null,
      submissionStatus: status,
      daysLate: daysLateFor(status, u.effectiveDueDate, firstSubmitted, at),
      versionNumber: u.versionNumber,
      inclusion: inclusionById.get(u.agencyId) ?? null,
    };
  });

  // ——— opening ———
  const received = unitFigures.filter((u) => u.firstSubmittedAt);
  const onTime = received.filter((u) => u.submissionStatus === 'on_time').length;
  const missing = unitFigures.filter((u) => !u.firstSubmittedAt);
  const openingBlocks = [
    paragraph(
      run(
        `Thực hiện chế độ thông tin, báo cáo về công tác thông tin đối ngoại, đến ngày ${formatLocalDateVi(asOf)}, ` +
          `Ban Chỉ đạo nhận được báo cáo của ${received.length}/${units.length} cơ quan, đơn vị thành viên ` +
          `(${onTime} báo cáo đúng hạn, ${received.length - onTime} báo cáo trễ hạn)` +
          (missing.length ? `; còn ${missing.length} đơn vị chưa gửi báo cáo: ` : '.'),
      ),
      ...(missing.length ? [run(missing.map((u) => u.name).join(', '), { bold: true }), run('.')] : []),
    ),
  ];
  const bulletinSentence = input.bulletin ? bulletinContributionSentence(period, input.bulletin) : null;
  if (bulletinSentence) openingBlocks.push(paragraph(run(bulletinSentence)));
  openingBlocks.push(paragraph(run(`Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh báo cáo ${lowerFirst(summarySubject(period))} như sau:`)));
  const sections: CompiledSummarySection[] = [
    {
      key: 'opening',
      part: 'opening',
      title: '',
      content: { blocks: openingBlocks },
      inputs: Object.fromEntries(units.map((u) => [u.agencyId, openingInput(u, inclusion(u), input.digest)])),
    },
  ];

  // ——— I. per task group ———
  const indicatorColumns = taskGroups.flatMap((g) => g.indicators.map((i) => ({ taskGroupOrdinal: g.ordinal, ...i })));
  const rowValues = new Map(included.map((u) => [u.agencyId, [] as (number | null)[]]));
  const taskGroupFigures: SummaryFigures['taskGroups'] = [];
  for (const group of taskGroups) {
    const key = `tg:${group.ordinal}`;
    const blocks: SummaryDocument['blocks'] = [];
    const inputs: SummarySectionInputs = {};
    const statuses: (TaskStatus | null)[] = [];
    const columns: (number | null)[][] = group.indicators.map(() => []);
    const results: SummaryDocument['blocks'] = [];
    let contributions = 0;
    for (const unit of included) {
      const c = contributionsOf(unit).tasks.get(key)!;
      inputs[unit.agencyId] = [unit.versionNumber, tagOf(inclusion(unit)), c.digest];
      statuses.push(c.status);
      c.values.forEach((v, i) => columns[i]!.push(v));
      rowValues.get(unit.agencyId)!.push(...c.values);
      // A unit that has not started the group reports no result: the lead sentence counts it.
      const lines = c.status === 'not_started' ? [] : c.lines.filter((line) => !reportsNothing(line));
      if (lines.length === 0) continue;
      contributions += 1;
      results.push(paragraph(run(unitResultSentence(unit.name, lines[0]!))));
      for (const line of lines.slice(1)) results.push(paragraph(run(withoutListMark(line))));
    }
    const counts = countStatuses(statuses);
    const indicatorClauses = group.indicators.flatMap((indicator, i) => {
      const total = aggregateIndicator(columns[i]!, indicator.aggregation);
      return total === null ? [] : [indicatorClause(indicator, total)];
    });
    blocks.push(paragraph(run(taskGroupLead({ included: included.length, statusCounts: counts, unitsWithResults: contributions, indicatorClauses }))), ...results);
    sections.push({ key, part: 'I', title: titleOf(key), content: { blocks }, inputs });
    taskGroupFigures.push({ ordinal: group.ordinal, title: group.title, contributions, statusCounts: counts });
  }

  // ——— II.–IV. the general sections: the committee's assessment, written by the office ———
  for (const { key, part, title } of GENERAL_OUTLINE) {
    const inputs: SummarySectionInputs = {};
    for (const unit of included) inputs[unit.agencyId] = [unit.versionNumber, tagOf(inclusion(unit)), contributionsOf(unit).general.get(key)!.digest];
    // The committee's own assessment: the office writes it from this start, quoting the units' inputs (summarySources).
    const blocks: SummaryDocument['blocks'] = generalSectionTemplate(key, period).map((text) => paragraph(run(text)));
    sections.push({ key, part, title, content: { blocks }, inputs });
  }

  sections.push({
    key: 'closing',
    part: 'closing',
    title: '',
    content: {
      blocks: [paragraph(run(`Trên đây là báo cáo ${lowerFirst(summarySubject(period))} của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh./.`))],
    },
    inputs: {},
  });

  const indicatorRows = included.map((u) => ({
    agencyId: u.agencyId,
    name: u.name,
    inclusion: inclusion(u) as Exclude<SummaryInclusion, null>,
    values: rowValues.get(u.agencyId)!,
  }));
  return {
    sections,
    figures: {
      period: { id: period.id, title: period.title, cutOffFrom: period.cutOffFrom, cutOffTo: period.cutOffTo, dueDate: period.dueDate },
      compiledAt: now.toISOString(),
      asOf,
      includeSubmitted,
      units: unitFigures,
      indicators: indicatorColumns,
      indicatorRows,
      indicatorTotals: indicatorColumns.map((c, i) => aggregateIndicator(indicatorRows.map((r) => r.values[i]), c.aggregation)),
      taskGroups: taskGroupFigures,
    },
  };
}

/** The day a compile's figures and opening are stated as of; a compile that did not record it stated them as of its own day. */
export function summaryAsOf(figures: Pick<SummaryFigures, 'asOf' | 'compiledAt'>): LocalDate {
  return figures.asOf ?? toLocalDate(new Date(figures.compiledAt));
}
