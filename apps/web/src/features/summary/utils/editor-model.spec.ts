import { applyTextChange, documentToLines, linesToDocument, splitRuns, toggleMark } from './editor-model';

describe('summary editor model', () => {
  const runs = [{ text: 'Sở Ngoại vụ', bold: true }, { text: ': nội dung' }];

  it('gives typed text the formatting of the character before it', () => {
    expect(applyTextChange(runs, 'Sở Ngoại vụ tỉnh: nội dung')).toEqual([{ text: 'Sở Ngoại vụ tỉnh', bold: true }, { text: ': nội dung' }]);
    expect(applyTextChange(runs, 'Sở Ngoại vụ: nội dung mới')).toEqual([{ text: 'Sở Ngoại vụ', bold: true }, { text: ': nội dung mới' }]);
    expect(applyTextChange(runs, 'Sở: nội dung')).toEqual([{ text: 'Sở', bold: true }, { text: ': nội dung' }]);
  });

  it('toggles a mark on the selection: on when some lack it, off when all have it', () => {
    const italic = toggleMark(runs, 13, 16, 'italic');
    expect(italic).toEqual([{ text: 'Sở Ngoại vụ', bold: true }, { text: ': ' }, { text: 'nội', italic: true }, { text: ' dung' }]);
    expect(toggleMark(italic, 13, 16, 'italic')).toEqual(runs);
    expect(toggleMark(runs, 0, 2, 'bold')).toEqual([{ text: 'Sở' }, { text: ' Ngoại vụ', bold: true }, { text: ': nội dung' }]);
  });

  it('splits a line at the caret and writes consecutive bullets as one list, dropping empty lines', () => {
    expect(splitRuns(runs, 5)).toEqual([[{ text: 'Sở Ng', bold: true }], [{ text: 'oại vụ', bold: true }, { text: ': nội dung' }]]);
    const document = {
      blocks: [
        { type: 'paragraph' as const, runs: [{ text: 'Mở đầu' }] },
        { type: 'bullets' as const, items: [[{ text: 'a' }], [{ text: 'b', italic: true }]] },
      ],
    };
    const lines = documentToLines(document);
    expect(lines.map((line) => line.kind)).toEqual(['paragraph', 'bullet', 'bullet']);
    lines.push({ id: 'x', kind: 'paragraph', runs: [{ text: '  ' }] });
    expect(linesToDocument(lines)).toEqual(document);
  });
});
