import { buffer } from 'node:stream/consumers';
import { strFromU8, unzipSync } from 'fflate';
import { packDocument, startUpPage, warmUpDocumentWriter } from './official-document.js';

describe('The start-up page (warmUpDocumentWriter)', () => {
  it('holds every block the writers use, so writing it runs the code a first export would', async () => {
    const zip = await buffer(await packDocument(startUpPage(), { title: 'Báo cáo', description: '', at: '2021-01-01T00:00:00.000Z' }));
    const xml = strFromU8(unzipSync(zip)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); // header block
    expect(xml).toContain('BÁO CÁO'); // title
    expect(xml).toContain('I. KẾT QUẢ'); // a part's heading
    expect(xml).toContain('<w:pStyle w:val="GBBody"/>'); // body text
    expect(xml).toContain('<w:numPr>'); // the dash list
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3); // header block, the table, signature block
    expect(xml).toContain('Nơi nhận:'); // signature block
  });

  it('is written and read to its end', async () => {
    await expect(warmUpDocumentWriter()).resolves.toBeUndefined();
  });
});
