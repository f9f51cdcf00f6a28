import { COMMITTEE_SETTINGS_SEED, defaultSummarySettings, type SummarySettings } from '@giao-ban/shared';
import {
  BorderStyle,
  Document,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  XmlComponent,
  type FileChild,
  type IContext,
  type IXmlableObject,
} from 'docx';
import { docxCompiler, xmlOf, type FormattedElement } from './docx-xml.js';
import { NUMBERING, sectionParagraphs, sectionPieces, type DocxSection } from './summary-docx.writer.js';

/**
 * The export writes the body and the annex rows as pieces of document.xml (summary-docx.writer.ts):
 * docx formats each element, `xmlOf` writes it out. Here both are checked against what docx's own
 * Packer writes for a whole document of the same elements: the same bytes.
 */
const compiler = docxCompiler();

/** What Packer writes in document.xml's body for these children, and the numbering.xml. */
function packed(children: FileChild[]): { body: string; numbering: string } {
  const parts = compiler.compile(new Document({ numbering: NUMBERING, sections: [{ children }] }), undefined, []);
  const xml = parts.get('word/document.xml') as string;
  return { body: xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('<w:sectPr')), numbering: parts.get('word/numbering.xml') as string };
}

/** An element whose formatted form is given as is: Packer writes it with its own serialiser. */
class Formatted extends XmlComponent {
  constructor(private readonly formatted: IXmlableObject) {
    super('unused');
  }
  override prepForXml(_context: IContext): IXmlableObject {
    return this.formatted;
  }
}

const MARKUP = 'Một <w:p> & "hai" \'ba\' ]]> {x}';
const CONTROL = 'tab\there, line\u000Bbreak, bell\u0007, NUL\u0000, BOM\uFEFF, ổn định';

describe('docx pieces are the bytes docx writes', () => {
  const settings: SummarySettings = defaultSummarySettings({ kind: 'half_year', year: 2021, sequence: 2, title: 'Báo cáo 6 tháng cuối năm 2021' }, COMMITTEE_SETTINGS_SEED);
  const section: DocxSection = {
    key: 'tg:1',
    part: 'I',
    title: '(1) Công tác tuyên truyền đối ngoại',
    content: {
      blocks: [
        { type: 'paragraph', runs: [{ text: 'Sở Ngoại vụ', bold: true }, { text: ` (chưa tiếp nhận)`, italic: true }, { text: `: ${MARKUP}` }] },
        { type: 'bullets', items: [[{ text: 'gạch đầu dòng một', bold: true, italic: true }], [{ text: CONTROL }]] },
        { type: 'paragraph', runs: [] },
        { type: 'paragraph', runs: [{ text: '' }, { text: 'Đoạn cuối./.' }] },
      ],
    },
  };

  it('a body section — part and section headings, paragraphs, a list, bold, italic, markup and control characters typed as text', () => {
    const pieces = [...sectionPieces(settings, section, '')];
    const reference = packed([...sectionParagraphs(settings, section, '')]);
    expect(pieces.map((p) => p.xml).join('')).toBe(reference.body);
    expect(pieces.find((p) => p.numbering)?.numbering).toBe(reference.numbering);
    expect(reference.body).toContain('Một &lt;w:p&gt; &amp; &quot;hai&quot; &apos;ba&apos;');
    expect(reference.body).toContain('<w:numId w:val="2"/>');
  });

  it('a section without a list needs no numbering', () => {
    const plain: DocxSection = { ...section, content: { blocks: [{ type: 'paragraph', runs: [{ text: 'Một đoạn.', bold: true }] }] } };
    const pieces = [...sectionPieces(settings, plain, 'I')];
    expect(pieces.every((p) => p.numbering === null)).toBe(true);
    expect(pieces.map((p) => p.xml).join('')).toBe(packed([...sectionParagraphs(settings, plain, 'I')]).body);
  });

  it('a table like the annexes — header rows spanning rows and columns, cell styles, vertical alignment, widths from the grid', () => {
    const widths = [700, 3100, 1200, 1200];
    const cell = (text: string, options: { columnSpan?: number; rowSpan?: number; italic?: boolean } = {}) =>
      new TableCell({
        ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
        ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
        verticalAlign: VerticalAlign.CENTER,
        children: [new Paragraph({ style: 'GBCell', children: [new TextRun({ text, ...(options.italic ? { italics: true } : {}) })] })],
      });
    const table = () =>
      new Table({
        width: { size: 6200, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: { top: { style: BorderStyle.SINGLE, size: 4, color: '000000' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } },
        rows: [
          new TableRow({ tableHeader: true, cantSplit: true, children: [cell('STT', { rowSpan: 2 }), cell('Đơn vị', { rowSpan: 2 }), cell('Nhiệm vụ 1', { columnSpan: 2 })] }),
          new TableRow({ tableHeader: true, cantSplit: true, children: [cell('Tin, bài (tin bài)'), cell('Đoàn (đoàn)')] }),
          new TableRow({ cantSplit: true, children: [cell('1'), cell(MARKUP, { italic: true }), cell('1.234'), cell('')] }),
        ],
      });
    const file = new Document({ numbering: NUMBERING, sections: [{ children: [] }] });
    const written = xmlOf(compiler.formatter.format(table(), { viewWrapper: file.Document, file, stack: [] }));
    expect(written).toBe(packed([table()]).body);
    expect(written).toContain('<w:vMerge w:val="continue"/>');
    expect(written).toContain('<w:gridSpan w:val="2"/>');
  });

  it.each<[string, IXmlableObject]>([
    ['an element with no content', { 'w:b': {} }],
    ['attributes only', { 'w:sz': { _attr: { 'w:val': 28 } } }],
    ['an empty list of children', { 'w:tab': [] }],
    ['attributes as the first child, then a text', { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, CONTROL] }],
    ['a text replacing the child before it', { 'w:r': [{ 'w:rPr': [{ 'w:b': {} }] }, 'thay thế', { 'w:br': {} }] }],
    ['a number as the content', { 'w:val': 5 } as IXmlableObject],
    ['markup in attributes', { 'w:p': [{ _attr: { 'w:rsid': MARKUP, 'w:none': undefined } }, { 'w:r': [{ 'w:t': ['x'] }] }] }],
    ['character data', { 'w:instrText': { _cdata: 'PAGE ]]> x' } } as IXmlableObject],
    ['nested lists with attributes after children', { 'w:tbl': [{ 'w:tr': [{ 'w:tc': [{ 'w:p': {} }] }] }, { _attr: { 'w:late': 'yes' } }] }],
  ])('%s, as docx writes it', (_name, formatted) => {
    expect(xmlOf(formatted as FormattedElement)).toBe(packed([new Formatted(formatted) as unknown as Paragraph]).body);
  });
});
