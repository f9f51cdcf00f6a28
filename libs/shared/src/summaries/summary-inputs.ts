import { EMPTY_CONTRIBUTION } from './compile-summary.js';
import type { SummaryDocument } from './summary-document.js';
import { SUMMARY_GENERAL_SECTION_KEYS, type SummaryInputChange, type SummaryNewInput, type SummarySectionInputs } from './summary.types.js';

/**
 * What changed for one section between the inputs it was compiled from and the reports as they
 * are now, unit by unit, in the order given:
 * - `new`: a unit that contributed nothing then (or was not in) contributes now (a late report accepted…);
 * - `changed`: its contribution differs (a resubmission that rewrote this section);
 * - `accepted`: same text, but the report was accepted since;
 * - `withdrawn`: it contributed then and no longer does (returned, reopened, or the section emptied).
 * A resubmission that left this section as it was is no news for this section.
 */
export function diffSectionInputs(
  compiled: SummarySectionInputs,
  current: SummarySectionInputs,
  units: readonly { agencyId: string; name: string }[],
): SummaryNewInput[] {
  const changes: SummaryNewInput[] = [];
  for (const { agencyId, name } of units) {
    const before = compiled[agencyId];
    const now = current[agencyId];
    const had = !!before && before[2] !== EMPTY_CONTRIBUTION;
    const has = !!now && now[2] !== EMPTY_CONTRIBUTION;
    let change: SummaryInputChange | null = null;
    if (!had && has) change = 'new';
    else if (had && !has) change = 'withdrawn';
    else if (had && has) {
      if (before![2] !== now![2]) change = 'changed';
      else if (before![1] !== now![1]) change = now![1] === 'a' ? 'accepted' : 'changed';
    }
    if (change) changes.push({ agencyId, agencyName: name, change, fromVersion: before?.[0] ?? null, toVersion: now?.[0] ?? null });
  }
  return changes;
}

export interface SectionState {
  /** The office changed the compiled text. */
  edited: boolean;
  /** A section of the committee's own assessment (parts II–IV): compiled only as a starting text. */
  officeWritten?: boolean;
}

export type RecompileOutcome<T = SummaryDocument> = { kind: 'replaced'; content: T } | { kind: 'proposed'; proposed: T } | { kind: 'kept' };

/** Parts II–IV: the office writes them from a starting text, quoting the units' inputs beside the editor. */
export function isOfficeWrittenSection(key: string): boolean {
  return (SUMMARY_GENERAL_SECTION_KEYS as readonly string[]).includes(key);
}

/**
 * The rule that protects the office's work: a recompile replaces a section the office has not
 * edited; a section it edited keeps its text, and the fresh text is only proposed beside it —
 * unless the office forces the recompile. A section of parts II–IV the office wrote is kept as it
 * is, with no proposal: its compiled text is only a starting text. (`fresh` is whatever stands for the text: the document,
 * or the API's encoded copy of it.)
 */
export function recompileOutcome<T = SummaryDocument>(existing: SectionState | null, fresh: T, force: boolean): RecompileOutcome<T> {
  if (!existing || !existing.edited || force) return { kind: 'replaced', content: fresh };
  // The starting text is never proposed over what the office wrote: the new inputs show beside the editor.
  if (existing.officeWritten) return { kind: 'kept' };
  return { kind: 'proposed', proposed: fresh };
}
