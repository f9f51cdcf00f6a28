import {
  normalizeSummaryDocument,
  summaryDocumentText,
  validateSummaryDocument,
  type SummaryDocument,
} from './summary-document.js';

describe('validateSummaryDocument', () => {
  const valid: [string, SummaryDocument][] = [
    ['an empty document', { blocks: [] }],
    ['a paragraph of plain and styled runs', { blocks: [{ type: 'paragraph', runs: [{ text: 'Sở Ngoại vụ', bold: true }, { text: ': đã triển khai', italic: false }] }] }],
    ['a bullet list', { blocks: [{ type: 'bullets', items: [[{ text: 'Ưu điểm' }], [{ text: 'Hạn chế', italic: true }]] }] }],
    ['markup typed as text (it stays text)', { blocks: [{ type: 'paragraph', runs: [{ text: '<script>alert(1)</script> <b>đậm</b>' }] }] }],
    ['a tab inside a run', { blocks: [{ type: 'paragraph', runs: [{ text: 'a\tb' }] }] }],
  ];
  it.each(valid)('accepts %s', (_, doc) => {
    expect(validateSummaryDocument(doc)).toEqual([]);
  });

  const invalid: [string, unknown, string, string][] = [
    ['raw HTML instead of a document', '<p>Nội dung</p>', 'content', 'isDocument'],
    ['an array', [], 'content', 'isDocument'],
    ['null', null, 'content', 'isDocument'],
    ['an html property beside blocks', { blocks: [], html: '<p>x</p>' }, 'content', 'whitelist'],
    ['blocks that are not a list', { blocks: 'x' }, 'content.blocks', 'isArray'],
    ['an html block', { blocks: [{ type: 'html', html: '<script>x</script>' }] }, 'content.blocks.0.type', 'isIn'],
    ['a block with a style', { blocks: [{ type: 'paragraph', runs: [], style: 'color:red' }] }, 'content.blocks.0', 'whitelist'],
    ['a run with an href', { blocks: [{ type: 'paragraph', runs: [{ text: 'x', href: 'javascript:alert(1)' }] }] }, 'content.blocks.0.runs.0', 'whitelist'],
    ['a run without text', { blocks: [{ type: 'paragraph', runs: [{ bold: true }] }] }, 'content.blocks.0.runs.0.text', 'isString'],
    ['a run whose text is an object', { blocks: [{ type: 'paragraph', runs: [{ text: { toString: 1 } }] }] }, 'content.blocks.0.runs.0.text', 'isString'],
    ['a bold flag that is a string', { blocks: [{ type: 'paragraph', runs: [{ text: 'x', bold: 'yes' }] }] }, 'content.blocks.0.runs.0.bold', 'isBoolean'],
    ['a NUL character', { blocks: [{ type: 'paragraph', runs: [{ text: 'a\u0000b' }] }] }, 'content.blocks.0.runs.0.text', 'noControlCharacters'],
    ['a line break inside a run', { blocks: [{ type: 'paragraph', runs: [{ text: 'a\nb' }] }] }, 'content.blocks.0.runs.0.text', 'noControlCharacters'],
    ['bullet items that are not lines', { blocks: [{ type: 'bullets', items: [{ text: 'x' }] }] }, 'content.blocks.0.items.0', 'isArray'],
    ['a run that is a class instance', { blocks: [{ type: 'paragraph', runs: [new Date()] }] }, 'content.blocks.0.runs.0', 'isRun'],
  ];
  it.each(invalid)('refuses %s', (_, doc, field, constraint) => {
    const errors = validateSummaryDocument(doc);
    expect(errors).toContainEqual(expect.objectContaining({ field, constraints: expect.objectContaining({ [constraint]: expect.any(String) }) }));
  });

  it('refuses a run longer than a report section may be', () => {
    const errors = validateSummaryDocument({ blocks: [{ type: 'paragraph', runs: [{ text: 'x'.repeat(100_001) }] }] });
    expect(errors.map((e) => Object.keys(e.constraints)[0])).toEqual(['maxLength']);
  });
});

describe('normalizeSummaryDocument / summaryDocumentText', () => {
  it('keeps only the model: true flags, text, the two block kinds', () => {
    const input = JSON.parse('{"blocks":[{"type":"paragraph","runs":[{"text":"a","bold":true,"italic":false}]},{"type":"bullets","items":[[{"text":"b","italic":true}]]}]}');
    expect(normalizeSummaryDocument(input)).toEqual({
      blocks: [
        { type: 'paragraph', runs: [{ text: 'a', bold: true }] },
        { type: 'bullets', items: [[{ text: 'b', italic: true }]] },
      ],
    });
  });

  it('renders plain text, bullets with a dash', () => {
    expect(
      summaryDocumentText({
        blocks: [
          { type: 'paragraph', runs: [{ text: 'Sở Ngoại vụ', bold: true }, { text: ': nội dung' }] },
          { type: 'bullets', items: [[{ text: 'một' }], [{ text: 'hai' }]] },
        ],
      }),
    ).toBe('Sở Ngoại vụ: nội dung\n- một\n- hai');
  });
});
