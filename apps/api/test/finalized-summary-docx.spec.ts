import JSZip from 'jszip';
import yauzl from 'yauzl';
import type TestAgent from 'supertest/lib/agent.js';
import { downloadBytes } from './helpers/downloads.js';
import { agencyIdByCode, demoPeriodId } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Issue #11's acceptance, the whole file: a finalized summary's .docx is the same bytes on every
 * download — docProps/core.xml included, which `docx` stamps with the moment it runs — and stays so
 * after its units are renamed and merged.
 */
describe('a finalized summary’s .docx', () => {
  let sut: TestApp;
  let office: TestAgent;
  let summary: string;
  let compiledAt: string;
  let finalVersion: number;

  beforeAll(async () => {
    sut = await startTestApp();
    office = await sut.signIn('vanphong');
    summary = `/api/periods/${await demoPeriodId(sut)}/summary`;
    sut.clock.set('2021-12-21T03:00:00Z');
    await office.post(`${summary}/compile`).send({ includeSubmitted: true }).expect(200);
    await office.put(`${summary}/settings`).send({ style: 'party', signerName: 'Vi Ngọc Bích', date: '2021-12-24' }).expect(200);
    compiledAt = (await office.post(`${summary}/compile`).send({ includeSubmitted: true }).expect(200)).body.compiledAt;
    finalVersion = (await office.post(`${summary}/finalize`).send({ number: '12-BC/BCĐ', date: '2021-12-24' }).expect(200)).body.finalVersion;
  });
  afterAll(() => sut.close());

  it('is the same bytes on every download, before and after a rename and a merge', async () => {
    const first = await downloadBytes(office, `${summary}/export.docx`);
    const core = await (await JSZip.loadAsync(first)).file('docProps/core.xml')!.async('string');
    // The document's time is its compile's, not the download's.
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${compiledAt}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${compiledAt}</dcterms:modified>`);
    // And so is every zip entry's (docx's zip stamps the moment it runs; a zip's times are to the even second).
    expect(new Set(await entryTimes(first))).toEqual(new Set([Math.floor(Date.parse(compiledAt) / 2000) * 2000]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await downloadBytes(office, `${summary}/export.docx`)).equals(first)).toBe(true);

    const admin = await sut.signIn('quantri');
    await admin.patch(`/api/agencies/${await agencyIdByCode(sut, 'SNGV')}`).send({ name: 'Sở Ngoại vụ tỉnh Quảng Ninh' }).expect(200);
    await admin
      .post('/api/agencies/merge')
      .send({
        predecessorIds: [await agencyIdByCode(sut, 'STTTT'), await agencyIdByCode(sut, 'TTTT')],
        successor: { create: { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', kind: 'department', displayOrder: 2 } },
        users: 'move',
      })
      .expect(200);
    expect((await downloadBytes(office, `${summary}/export.docx`)).equals(first)).toBe(true);
    expect((await downloadBytes(office, `${summary}/export.docx?version=${finalVersion}`)).equals(first)).toBe(true);
  });
});

/** The last-modified time of each entry of a zip, in milliseconds. */
async function entryTimes(zip: Buffer): Promise<number[]> {
  const file = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z))));
  const times: number[] = [];
  for await (const entry of file.eachEntry()) times.push(entry.getLastModDate().getTime());
  return times;
}
