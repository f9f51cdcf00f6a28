import { digestJson, digestText, type DigestibleJson } from './digest.js';
import { diffSectionInputs, isOfficeWrittenSection, recompileOutcome } from './summary-inputs.js';
import type { SummaryInputEntry, SummarySectionInputs } from './summary.types.js';

describe('digestText', () => {
  it('is stable and tells texts apart', () => {
    expect(digestText('Sở Ngoại vụ')).toBe(digestText('Sở Ngoại vụ'));
    expect(digestText('Sở Ngoại vụ')).not.toBe(digestText('Sở Ngoại Vụ'));
    expect(digestText('')).toMatch(/^[0-9a-f]{14}$/);
  });

  // Stored in every compiled section's inputs: a new value would flag every unit's input as new.
  it.each([
    ['Sở Ngoại vụ', '1f35f97a1dfbcd'],
    ['', '0bdcb81aee8d83'],
    ['["done",["Tham mưu \\"ban hành\\" \\\\ văn bản","x\\u0001y"],[3,null,2.5]]', '102edf1e06d2d8'],
  ])('keeps its values: %j → %s', (text, digest) => {
    expect(digestText(text)).toBe(digest);
  });
});

describe('digestJson', () => {
  // mulberry32: the same cases on every run.
  let seed = 36;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** Characters JSON.stringify writes as they are, and every kind it escapes. */
  const ALPHABET = ['a', 'ổ', 'Đ', ' ', '"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u2028', '\ud835\udd18', '\ud835', '\udd18', '\uFEFF', '/', '<'];
  const text = () => Array.from({ length: Math.floor(random() * 40) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');

  it.each<[string, DigestibleJson]>([
    ['a contribution', ['done', ['Tham mưu "ban hành" \\ văn bản', 'x\u0001y'], [3, null, 2.5]]],
    ['no status, no lines', [null, [], [null, null]]],
    ['lines', ['một', 'hai']],
    ['an empty list', []],
    ['numbers', [0, -0, -1.5, 1e21, 123456789]],
    ['a lone high surrogate at the end', ['abc\ud800']],
    ['a low surrogate first', ['\udc00abc']],
  ])('is digestText(JSON.stringify(…)) for %s', (_name, value) => {
    expect(digestJson(value)).toBe(digestText(JSON.stringify(value)));
  });

  it('is digestText(JSON.stringify(…)) for 500 texts of every character JSON escapes', () => {
    for (let i = 0; i < 500; i++) {
      const value: DigestibleJson = [random() < 0.5 ? 'done' : null, [text(), text()], [Math.round(random() * 100), null]];
      expect(digestJson(value)).toBe(digestText(JSON.stringify(value)));
    }
  });
});

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
