import { diffSectionInputs, isOfficeWrittenSection, recompileOutcome } from './summary-inputs.js';
import type { SummaryInputEntry, SummarySectionInputs } from './summary.types.js';

describe('diffSectionInputs', () => {
  const units = [
    { agencyId: 'a', name: 'Sở Ngoại vụ' },
    { agencyId: 'b', name: 'Công an tỉnh' },
  ];
  const e = (version: number, tag: SummaryInputEntry[1], digest: string): SummaryInputEntry => [version, tag, digest];
  const cases: [string, SummarySectionInputs, SummarySectionInputs, { agencyId: string; change: string }[]][] = [
    ['nothing changed', { a: e(1, 'a', 'x') }, { a: e(1, 'a', 'x') }, []],
    ['a late report accepted since', { a: e(1, 'a', 'x') }, { a: e(1, 'a', 'x'), b: e(1, 'a', 'y') }, [{ agencyId: 'b', change: 'new' }]],
    ['a report that says nothing here', { a: e(1, 'a', 'x') }, { a: e(1, 'a', 'x'), b: e(1, 'a', '-') }, []],
    ['a resubmission that rewrote the section', { a: e(1, 'a', 'x') }, { a: e(2, 'a', 'z') }, [{ agencyId: 'a', change: 'changed' }]],
    ['a resubmission that left the section alone', { a: e(1, 'a', 'x') }, { a: e(2, 'a', 'x') }, []],
    ['a submitted report accepted since', { b: e(1, 's', 'y') }, { b: e(1, 'a', 'y') }, [{ agencyId: 'b', change: 'accepted' }]],
    ['a report returned since', { a: e(1, 'a', 'x') }, {}, [{ agencyId: 'a', change: 'withdrawn' }]],
    ['a section emptied by a resubmission', { a: e(1, 'a', 'x') }, { a: e(2, 'a', '-') }, [{ agencyId: 'a', change: 'withdrawn' }]],
    ['filled where it was empty', { a: e(1, 'a', '-') }, { a: e(2, 'a', 'x') }, [{ agencyId: 'a', change: 'new' }]],
  ];
  it.each(cases)('%s', (_, compiled, current, expected) => {
    expect(diffSectionInputs(compiled, current, units).map(({ agencyId, change }) => ({ agencyId, change }))).toEqual(expected);
  });

  it('reports versions and names, in the order of the units given', () => {
    expect(diffSectionInputs({ a: e(1, 'a', 'x') }, { a: e(3, 'a', 'q'), b: e(1, 's', 'y') }, units)).toEqual([
      { agencyId: 'a', agencyName: 'Sở Ngoại vụ', change: 'changed', fromVersion: 1, toVersion: 3 },
      { agencyId: 'b', agencyName: 'Công an tỉnh', change: 'new', fromVersion: null, toVersion: 1 },
    ]);
  });
});

describe('recompileOutcome', () => {
  const fresh = { blocks: [{ type: 'paragraph' as const, runs: [{ text: 'Bản tổng hợp mới' }] }] };
  it.each([
    ['a new section', null, false, 'replaced'],
    ['an untouched section', { edited: false }, false, 'replaced'],
    ['a section the office edited', { edited: true }, false, 'proposed'],
    ['an edited section, forced', { edited: true }, true, 'replaced'],
    ['an untouched section of parts II–IV', { edited: false, officeWritten: true }, false, 'replaced'],
    ['a section of parts II–IV the office wrote', { edited: true, officeWritten: true }, false, 'kept'],
    ['a section of parts II–IV the office wrote, forced', { edited: true, officeWritten: true }, true, 'replaced'],
  ] as const)('%s → %s', (_, existing, force, kind) => {
    const outcome = recompileOutcome(existing, fresh, force);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind !== 'kept') expect(outcome.kind === 'replaced' ? outcome.content : outcome.proposed).toBe(fresh);
  });
});

describe('isOfficeWrittenSection', () => {
  it.each([
    ['strengths', true],
    ['proposals', true],
    ['next_plan', true],
    ['tg:1', false],
    ['opening', false],
    ['closing', false],
  ])('%s → %s', (key, expected) => {
    expect(isOfficeWrittenSection(key)).toBe(expected);
  });
});
