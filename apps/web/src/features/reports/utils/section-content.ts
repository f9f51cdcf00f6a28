import type { IndicatorValue, ReportSectionDetail, TaskStatus } from '@giao-ban/shared';

/** What a unit types into one section: the text, the self-assessed status, the indicator values. */
export interface SectionContent {
  text: string;
  status: TaskStatus | null;
  indicatorValues: IndicatorValue[];
}

/**
 * A section's content as the editor holds it: one value per indicator of the task group, in the
 * indicators' order (a value the server has not got yet is `null`).
 */
export function contentOf(section: ReportSectionDetail): SectionContent {
  const indicators = [...(section.taskGroup?.indicators ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  const values = new Map(section.indicatorValues.map((value) => [value.indicatorId, value.value]));
  return {
    text: section.text,
    status: section.taskGroupId ? section.status : null,
    indicatorValues: indicators.map((indicator) => ({ indicatorId: indicator.id, value: values.get(indicator.id) ?? null })),
  };
}

function valueMap(values: readonly IndicatorValue[]): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const value of values) if (value.value !== null && value.value !== undefined) map.set(value.indicatorId, value.value);
  return map;
}

/** Same text, status and indicator values (a missing value and `null` are the same thing). */
export function sameContent(a: SectionContent, b: SectionContent): boolean {
  if (a.text !== b.text || (a.status ?? null) !== (b.status ?? null)) return false;
  const left = valueMap(a.indicatorValues);
  const right = valueMap(b.indicatorValues);
  if (left.size !== right.size) return false;
  for (const [id, value] of left) if (right.get(id) !== value) return false;
  return true;
}
