import { taskGroupChoicesForIssue, type BulletinIssueDetail, type BulletinIssueSummary, type BulletinItem, type BulletinItemSummary, type BulletinTaskGroupChoice } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import yauzl from 'yauzl';
import { LibreOfficeConverter } from '../src/modules/bulletins/libreoffice.converter.js';
import { bodyBytes } from './helpers/downloads.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

// Real file signatures: a photo's type is judged by its content, so these bytes are what matters.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** The entries of a .docx and the text of its document part. */
async function docxParts(bytes: Buffer): Promise<{ names: string[]; documentXml: string }> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z!))));
  const names: string[] = [];
  let documentXml = '';
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      names.push(entry.fileName);
      if (entry.fileName !== 'word/document.xml') return zip.readEntry();
      zip.openReadStream(entry, (e, stream) => {
        if (e || !stream) return reject(e);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          documentXml = Buffer.concat(chunks).toString('utf8');
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return { names, documentXml };
}

/** A time of day in Vietnam (UTC+7) on a local date. */
const at = (date: string) => `${date}T03:00:00Z`;

describe('bulletins', () => {
  let sut: TestApp;
  let office: TestAgent;
  let leader: TestAgent;
  let sngv: TestAgent;
  let cat: TestAgent;
  let admin: TestAgent;
  let july: BulletinIssueSummary; // Số 13/2022: window 01/07–10/07, deadline Sunday 10/07 → Monday 11/07

  const save = (agent: TestAgent, item: BulletinItem, change: Partial<BulletinItem> = {}) =>
    agent.put(`/api/bulletin-items/${item.id}`).send({
      kind: change.kind ?? item.kind,
      title: change.title ?? item.title,
      sapo: change.sapo ?? item.sapo,
      body: change.body ?? item.body,
      eventDate: change.eventDate ?? item.eventDate,
      eventPlace: change.eventPlace ?? item.eventPlace,
      taskGroupId: change.taskGroupId ?? item.taskGroupId,
      links: change.links ?? item.links,
      expectedRevision: change.revision ?? item.revision,
    });

  /** A unit's item written and sent to an issue. */
  const sentItem = async (agent: TestAgent, issueId: string, title: string, body = 'Nội dung tin.'): Promise<BulletinItem> => {
    const created = await agent.post(`/api/bulletin-issues/${issueId}/items`).send({ kind: 'news' });
    expect(created.status).toBe(201);
    const saved = await save(agent, created.body, { title, sapo: `Sa-pô: ${title}`, body, eventDate: '2022-07-05', eventPlace: 'Hạ Long' });
    expect(saved.status).toBe(200);
    const submitted = await agent.post(`/api/bulletin-items/${created.body.id}/submit`);
    expect([submitted.status, submitted.body.state]).toEqual([200, 'submitted']);
    return submitted.body;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    sut.clock.set(at('2022-06-20'));
    [office, leader, sngv, cat, admin] = await Promise.all(['vanphong', 'lanhdao', 'songoaivu', 'congan', 'quantri'].map((l) => sut.signIn(l)));
  });
  afterAll(() => sut.close());

  describe('planning a year', () => {
    it('plans two issues a month with deadlines rolled over weekends, once', async () => {
      const planned = await office.post('/api/bulletin-issues/plan').send({ year: 2022, firstNumber: 1, deadlineDays: [10, 25], windowDays: 10 });
      expect(planned.status).toBe(201);
      const issues: BulletinIssueSummary[] = planned.body;
      expect(issues).toHaveLength(24);
      july = issues.find((i) => i.number === 13)!;
      expect(july).toMatchObject({ label: 'Số 13/2022', month: 7, windowStart: '2022-07-01', deadline: '2022-07-11', state: 'planned', publishedAt: null, ownCounts: null });
      expect(issues.find((i) => i.number === 14)).toMatchObject({ windowStart: '2022-07-16', deadline: '2022-07-25' });

      const again = await office.post('/api/bulletin-issues/plan').send({ year: 2022, firstNumber: 25, deadlineDays: [15], windowDays: 5 });
      expect([again.status, again.body.code]).toEqual([409, 'BULLETIN_ISSUE_EXISTS']);
      const listed = await office.get('/api/bulletin-issues?year=2022');
      expect(listed.body).toHaveLength(24);
      // A deadline moved by hand settles on the working calendar too: Sunday 07/08/2022 → Monday 08/08.
      const august = issues.find((i) => i.number === 15)!;
      const moved = await office.patch(`/api/bulletin-issues/${august.id}`).send({ windowStart: '2022-07-29', deadline: '2022-08-07' });
      expect([moved.status, moved.body.windowStart, moved.body.deadline]).toEqual([200, '2022-07-29', '2022-08-08']);
      const inverted = await office.patch(`/api/bulletin-issues/${august.id}`).send({ windowStart: '2022-08-20' });
      expect([inverted.status, inverted.body.details[0].field]).toEqual([422, 'deadline']);
    });

    it('refuses an invalid plan field by field, and anyone but the office', async () => {
      const invalid = await office.post('/api/bulletin-issues/plan').send({ year: 2023, firstNumber: 1, deadlineDays: [25, 10], windowDays: 0 });
      expect([invalid.status, invalid.body.details.map((d: { field: string }) => d.field)]).toEqual([422, ['deadlineDays.1', 'windowDays']]);
      for (const agent of [sngv, leader, admin]) {
        expect((await agent.post('/api/bulletin-issues/plan').send({ year: 2023, firstNumber: 1, deadlineDays: [10], windowDays: 5 })).status).toBe(403);
      }
      expect((await office.get('/api/bulletin-issues?year=2023')).body).toEqual([]);
    });
  });

  describe('windows, items and their states', () => {
    let returned: BulletinItem;
    let accepted: BulletinItem;
    let asideId: string;
    let waiting: BulletinItem;
    let catPhotoItem: BulletinItem;

    it('lets a unit prepare a draft before the window and send it only once it opens', async () => {
      sut.clock.set(at('2022-06-30'));
      const draft = await sngv.post(`/api/bulletin-issues/${july.id}/items`).send({ kind: 'article', title: 'Đoàn công tác tỉnh thăm Quảng Tây' });
      expect([draft.status, draft.body.state, draft.body.issueState, draft.body.revision]).toEqual([201, 'draft', 'planned', 0]);
      const early = await sngv.post(`/api/bulletin-items/${draft.body.id}/submit`);
      expect([early.status, early.body.code]).toEqual([409, 'BULLETIN_WINDOW_CLOSED']);

      sut.clock.set(at('2022-07-01'));
      const empty = await sngv.post(`/api/bulletin-items/${draft.body.id}/submit`);
      expect([empty.status, empty.body.details.map((d: { field: string }) => d.field)]).toEqual([422, ['body']]);
      const saved = await save(sngv, draft.body, { body: 'Từ ngày 28-30/6, đoàn công tác của tỉnh làm việc tại Quảng Tây.', links: ['https://baoquangninh.vn/tin'] });
      expect([saved.status, saved.body.revision]).toEqual([200, 1]);
      const stale = await save(sngv, draft.body, { body: 'Bản cũ' });
      // The refusal carries the server's copy for the editor to show beside the unit's text.
      expect([stale.status, stale.body.code, stale.body.details.server.revision, stale.body.details.server.body]).toEqual([
        409,
        'STALE_VERSION',
        1,
        'Từ ngày 28-30/6, đoàn công tác của tỉnh làm việc tại Quảng Tây.',
      ]);
      const sent = await sngv.post(`/api/bulletin-items/${draft.body.id}/submit`);
      expect([sent.status, sent.body.state]).toEqual([200, 'submitted']);
      const frozen = await save(sngv, sent.body, { body: 'Sửa sau khi gửi' });
      expect([frozen.status, frozen.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
      returned = sent.body;
    });

    it('keeps a draft from the office and another unit, and a unit\'s items from every other unit, whatever the id', async () => {
      const draft = await sngv.post(`/api/bulletin-issues/${july.id}/items`).send({ kind: 'news', title: 'Bản nháp riêng' });
      for (const agent of [office, leader, cat]) expect((await agent.get(`/api/bulletin-items/${draft.body.id}`)).status).toBe(404);
      expect((await cat.get(`/api/bulletin-items/${returned.id}`)).status).toBe(404);
      expect((await save(cat, returned, { title: 'chiếm' })).status).toBe(404);
      expect((await cat.post(`/api/bulletin-items/${returned.id}/submit`)).status).toBe(404);
      expect((await cat.delete(`/api/bulletin-items/${draft.body.id}`)).status).toBe(404);
      const upload = await cat.post(`/api/bulletin-items/${draft.body.id}/photos`).attach('file', PNG, { filename: 'anh.png' });
      expect(upload.status).toBe(404);
      const catDetail: BulletinIssueDetail = (await cat.get(`/api/bulletin-issues/${july.id}`)).body;
      expect([catDetail.items, catDetail.published, catDetail.ownCounts]).toEqual([[], null, { draft: 0, submitted: 0, accepted: 0, returned: 0, notUsed: 0 }]);
      expect((await cat.get(`/api/bulletin-issues/${july.id}/items`)).body).toEqual([]);
      const officeList = (await office.get(`/api/bulletin-issues/${july.id}/items`)).body as { id: string }[];
      expect(officeList.map((i) => i.id)).toEqual([returned.id]);
      const own = (await sngv.get(`/api/bulletin-issues/${july.id}`)).body as BulletinIssueDetail;
      expect(own.ownCounts).toMatchObject({ draft: 1, submitted: 1 });
      expect((await sngv.delete(`/api/bulletin-items/${draft.body.id}`)).status).toBe(204);
      expect((await sngv.get(`/api/bulletin-items/${draft.body.id}`)).status).toBe(404);
    });

    it('judges photos by content: a PNG named .jpg is a PNG, a JPEG is measured, a text file named .png is refused', async () => {
      catPhotoItem = await sentItem(cat, july.id, 'Công an tỉnh tuyên truyền phòng, chống xuất nhập cảnh trái phép');
      const draft = await cat.post(`/api/bulletin-issues/${july.id}/items`).send({ kind: 'photo', title: 'Ảnh tuần tra biên giới' });
      const png = await cat.post(`/api/bulletin-items/${draft.body.id}/photos`).field('caption', 'Tuần tra biên giới').field('credit', 'Công an tỉnh').attach('file', PNG, { filename: 'tuan-tra.jpg' });
      expect([png.status, png.body.contentType, png.body.width, png.body.height, png.body.caption, png.body.fileName]).toEqual([201, 'image/png', 1, 1, 'Tuần tra biên giới', 'tuan-tra.jpg']);
      const jpeg = await cat.post(`/api/bulletin-items/${draft.body.id}/photos`).attach('file', JPEG, { filename: 'anh.jpeg' });
      expect([jpeg.status, jpeg.body.contentType, jpeg.body.width, jpeg.body.height]).toEqual([201, 'image/jpeg', 1, 1]);
      const text = await cat.post(`/api/bulletin-items/${draft.body.id}/photos`).attach('file', Buffer.from('không phải ảnh'), { filename: 'anh.png', contentType: 'image/png' });
      expect([text.status, text.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
      const truncated = await cat.post(`/api/bulletin-items/${draft.body.id}/photos`).attach('file', PNG.subarray(0, 40), { filename: 'cut.png' });
      expect([truncated.status, truncated.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
      const big = await cat.post(`/api/bulletin-items/${draft.body.id}/photos`).attach('file', Buffer.concat([PNG, Buffer.alloc(8 * 1024 * 1024)]), { filename: 'big.png' });
      expect([big.status, big.body.code]).toEqual([413, 'FILE_TOO_LARGE']);
      const download = await cat.get(`/api/bulletin-items/${draft.body.id}/photos/${png.body.id}`).buffer(true).parse(bodyBytes);
      expect([download.status, download.headers['content-type'], Buffer.compare(download.body as Buffer, PNG)]).toEqual([200, 'image/png', 0]);
      expect((await sngv.get(`/api/bulletin-items/${draft.body.id}/photos/${png.body.id}`)).status).toBe(404);
      expect((await cat.delete(`/api/bulletin-items/${draft.body.id}/photos/${jpeg.body.id}`)).status).toBe(204);
      const saved: BulletinItem = (await cat.get(`/api/bulletin-items/${draft.body.id}`)).body;
      await save(cat, saved, { body: 'Cán bộ, chiến sĩ tuần tra trên tuyến biên giới Móng Cái.' });
      const sent = await cat.post(`/api/bulletin-items/${draft.body.id}/submit`);
      expect([sent.status, sent.body.photos.length]).toEqual([200, 1]);
      const late = await cat.post(`/api/bulletin-items/${draft.body.id}/photos`).attach('file', PNG, { filename: 'muon.png' });
      expect([late.status, late.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
      catPhotoItem = sent.body;
    });

    it('lets the office accept with its edits beside the original, return with a reason, or set aside', async () => {
      const other = await sentItem(sngv, july.id, 'Hội nghị xúc tiến đầu tư trực tuyến với Hàn Quốc', 'Sở Ngoại vụ phối hợp tổ chức hội nghị.');
      const aside = await sentItem(sngv, july.id, 'Tin trùng lặp');
      waiting = await sentItem(cat, july.id, 'Tin chờ quyết định');

      expect((await sngv.post(`/api/bulletin-items/${other.id}/accept`).send({ section: 'Hợp tác quốc tế' })).status).toBe(403);
      expect((await leader.post(`/api/bulletin-items/${other.id}/accept`).send({ section: 'Hợp tác quốc tế' })).status).toBe(403);
      const unknownSection = await office.post(`/api/bulletin-items/${other.id}/accept`).send({ section: 'Thể thao' });
      expect([unknownSection.status, unknownSection.body.details[0].field]).toEqual([422, 'section']);
      const ok = await office.post(`/api/bulletin-items/${other.id}/accept`).send({ section: 'Hợp tác quốc tế', title: 'Xúc tiến đầu tư với Hàn Quốc' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({
        state: 'accepted',
        title: 'Hội nghị xúc tiến đầu tư trực tuyến với Hàn Quốc',
        edited: { title: 'Xúc tiến đầu tư với Hàn Quốc', sapo: other.sapo, body: other.body },
        section: 'Hợp tác quốc tế',
        position: 0,
      });
      accepted = ok.body;
      const photoOk = await office.post(`/api/bulletin-items/${catPhotoItem.id}/accept`).send({ section: 'Tin trong tỉnh' });
      expect([photoOk.status, photoOk.body.edited, photoOk.body.position]).toEqual([200, null, 0]);
      const catItemOk = await office.post(`/api/bulletin-items/${(await cat.get(`/api/bulletin-issues/${july.id}/items?state=submitted`)).body.find((i: { title: string }) => i.title.startsWith('Công an')).id}/accept`).send({ section: 'Tin trong tỉnh' });
      expect([catItemOk.status, catItemOk.body.position]).toEqual([200, 1]);

      const noReason = await office.post(`/api/bulletin-items/${returned.id}/return`).send({ reason: '   ' });
      expect(noReason.status).toBe(422);
      const back = await office.post(`/api/bulletin-items/${returned.id}/return`).send({ reason: 'Đề nghị bổ sung ảnh và thời gian cụ thể.' });
      expect([back.status, back.body.state, back.body.returnReason]).toEqual([200, 'returned', 'Đề nghị bổ sung ảnh và thời gian cụ thể.']);
      const again = await office.post(`/api/bulletin-items/${returned.id}/return`).send({ reason: 'Lần hai' });
      expect([again.status, again.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
      const set = await office.post(`/api/bulletin-items/${aside.id}/not-used`).send({});
      expect([set.status, set.body.state, set.body.notUsedReason]).toEqual([200, 'not_used', null]);
      asideId = aside.id;
      const seen = (await sngv.get(`/api/bulletin-items/${returned.id}`)).body as BulletinItem;
      expect([seen.state, seen.returnReason]).toEqual(['returned', 'Đề nghị bổ sung ảnh và thời gian cụ thể.']);
      // The office's lists carry its edited title beside the unit's (an unedited or undecided item has none).
      const listed: BulletinItemSummary[] = (await office.get(`/api/bulletin-issues/${july.id}/items`)).body;
      const titles = (id: string) => listed.filter((i) => i.id === id).map((i) => [i.title, i.editedTitle]);
      expect([titles(other.id), titles(catPhotoItem.id), titles(aside.id)]).toEqual([
        [['Hội nghị xúc tiến đầu tư trực tuyến với Hàn Quốc', 'Xúc tiến đầu tư với Hàn Quốc']],
        [[catPhotoItem.title, null]],
        [['Tin trùng lặp', null]],
      ]);
    });

    it('closes the window at the deadline; a returned item still goes back while the office edits', async () => {
      sut.clock.set(at('2022-07-12'));
      const summary = (await office.get('/api/bulletin-issues?year=2022')).body.find((i: BulletinIssueSummary) => i.id === july.id);
      expect(summary).toMatchObject({ state: 'editing', counts: { submitted: 1, accepted: 3, returned: 1, notUsed: 1 } });
      const late = await sngv.post(`/api/bulletin-issues/${july.id}/items`).send({ kind: 'news' });
      expect([late.status, late.body.code]).toEqual([409, 'BULLETIN_WINDOW_CLOSED']);
      const current: BulletinItem = (await sngv.get(`/api/bulletin-items/${returned.id}`)).body;
      const fixed = await save(sngv, current, { eventDate: '2022-06-28', eventPlace: 'Nam Ninh, Quảng Tây' });
      expect(fixed.status).toBe(200);
      const resent = await sngv.post(`/api/bulletin-items/${returned.id}/submit`);
      expect([resent.status, resent.body.state, resent.body.returnReason]).toEqual([200, 'submitted', 'Đề nghị bổ sung ảnh và thời gian cụ thể.']);
      const reaccepted = await office.post(`/api/bulletin-items/${returned.id}/accept`).send({ section: 'Hợp tác quốc tế' });
      expect([reaccepted.status, reaccepted.body.position, reaccepted.body.returnReason]).toEqual([200, 1, null]);
      // The office opens the window again by hand, then closes it.
      const reopened = await office.patch(`/api/bulletin-issues/${july.id}`).send({ windowOverride: 'open' });
      expect([reopened.status, reopened.body.state]).toEqual([200, 'open']);
      const closed = await office.patch(`/api/bulletin-issues/${july.id}`).send({ windowOverride: 'closed', editorial: { editorialBoard: 'Phòng Thông tin - Tổng hợp' } });
      expect([closed.status, closed.body.state, closed.body.editorial.editorialBoard]).toEqual([200, 'editing', 'Phòng Thông tin - Tổng hợp']);
      expect((await sngv.patch(`/api/bulletin-issues/${july.id}`).send({ windowOverride: 'open' })).status).toBe(403);
    });

    it('lays out every accepted item once, publishes only when nothing waits, and then changes nothing', async () => {
      const layout = (itemIds: string[][]) => ({
        sections: [
          { title: 'Hợp tác quốc tế', itemIds: itemIds[0] },
          { title: 'Tin trong tỉnh', itemIds: itemIds[1] },
        ],
        twoColumns: true,
      });
      const catNews = (await office.get(`/api/bulletin-issues/${july.id}/items?state=accepted`)).body.find((i: { title: string }) => i.title.startsWith('Công an')).id;
      const incomplete = await office.put(`/api/bulletin-issues/${july.id}/layout`).send(layout([[returned.id], [catPhotoItem.id, catNews]]));
      expect([incomplete.status, incomplete.body.details[0].field]).toEqual([422, 'sections']);
      const foreign = await office.put(`/api/bulletin-issues/${july.id}/layout`).send(layout([[returned.id, accepted.id, asideId], [catPhotoItem.id, catNews]]));
      expect([foreign.status, foreign.body.details[0].field]).toEqual([422, 'sections.0.itemIds.2']);
      const laid = await office.put(`/api/bulletin-issues/${july.id}/layout`).send(layout([[returned.id, accepted.id], [catNews, catPhotoItem.id]]));
      expect([laid.status, laid.body.twoColumns, laid.body.sections]).toEqual([200, true, ['Hợp tác quốc tế', 'Tin trong tỉnh']]);

      // Before publication the office previews the print; a unit may not (it holds other units' items).
      const preview = await office.get(`/api/bulletin-issues/${july.id}/export.docx`).buffer(true).parse(bodyBytes);
      expect([preview.status, preview.headers['content-disposition']]).toEqual([200, 'attachment; filename="ban-tin-so-13-2022-xem-truoc.docx"']);
      expect((await docxParts(preview.body as Buffer)).documentXml).toContain('BẢN XEM TRƯỚC');
      expect((await sngv.get(`/api/bulletin-issues/${july.id}/export.docx`)).status).toBe(403);

      const blocked = await office.post(`/api/bulletin-issues/${july.id}/publish`);
      expect([blocked.status, blocked.body.code, blocked.body.details]).toEqual([409, 'ILLEGAL_TRANSITION', { waiting: 1 }]);
      expect((await office.post(`/api/bulletin-items/${waiting.id}/not-used`).send({ reason: 'Đã đưa ở số trước.' })).status).toBe(200);
      expect((await leader.post(`/api/bulletin-issues/${july.id}/publish`)).status).toBe(403);
      const published = await office.post(`/api/bulletin-issues/${july.id}/publish`);
      expect([published.status, published.body.state]).toEqual([200, 'published']);
      const content = (published.body as BulletinIssueDetail).published!;
      expect(content.editorial.releaseDate).toBe('2022-07-12');
      expect(content.sections.map((s) => [s.title, s.items.map((i) => i.title)])).toEqual([
        ['Hợp tác quốc tế', ['Đoàn công tác tỉnh thăm Quảng Tây', 'Xúc tiến đầu tư với Hàn Quốc']],
        ['Tin trong tỉnh', ['Công an tỉnh tuyên truyền phòng, chống xuất nhập cảnh trái phép', 'Ảnh tuần tra biên giới']],
      ]);
      expect(content.sections[1]!.items[1]!.photos.map((p) => [p.caption, p.credit])).toEqual([['Tuần tra biên giới', 'Công an tỉnh']]);

      // Frozen: every change is refused, and nothing moved.
      const item: BulletinItem = (await sngv.get(`/api/bulletin-items/${accepted.id}`)).body;
      expect(item.publishedIn).toEqual({ issueId: july.id, label: 'Số 13/2022' });
      const refusals = await Promise.all([
        office.post(`/api/bulletin-items/${accepted.id}/accept`).send({ section: 'Tin trong tỉnh', title: 'Sửa sau khi phát hành' }),
        office.post(`/api/bulletin-items/${accepted.id}/return`).send({ reason: 'Muộn' }),
        office.post(`/api/bulletin-items/${asideId}/accept`).send({ section: 'Tin trong tỉnh' }),
        office.patch(`/api/bulletin-issues/${july.id}`).send({ number: 99 }),
        office.put(`/api/bulletin-issues/${july.id}/layout`).send(layout([[accepted.id, returned.id], [catNews, catPhotoItem.id]])),
        office.post(`/api/bulletin-issues/${july.id}/publish`),
        sngv.post(`/api/bulletin-issues/${july.id}/items`).send({ kind: 'news' }),
        cat.delete(`/api/bulletin-items/${catPhotoItem.id}/photos/${catPhotoItem.photos[0]!.id}`),
      ]);
      expect(refusals.map((r) => [r.status, r.body.code])).toEqual(Array(8).fill([409, 'BULLETIN_ISSUE_PUBLISHED']));
      const after: BulletinIssueDetail = (await office.get(`/api/bulletin-issues/${july.id}`)).body;
      expect(after.published).toEqual(content);
      expect(after.number).toBe(13);
    });

    it('shows the published issue to every unit, with another unit\'s photo, and finds it by text without accents', async () => {
      const seen: BulletinIssueDetail = (await cat.get(`/api/bulletin-issues/${july.id}`)).body;
      expect(seen.published!.sections[0]!.items.map((i) => i.agencyName)).toEqual(['Sở Ngoại vụ', 'Sở Ngoại vụ']);
      expect(seen.items.every((i) => i.agencyId !== accepted.agencyId)).toBe(true);
      const photo = seen.published!.sections[1]!.items[1]!.photos[0]!;
      const download = await sngv.get(`/api/bulletin-items/${catPhotoItem.id}/photos/${photo.id}`).buffer(true).parse(bodyBytes);
      expect([download.status, Buffer.compare(download.body as Buffer, PNG)]).toEqual([200, 0]);
      // A not-used item of a published issue stays its unit's own.
      expect((await cat.get(`/api/bulletin-items/${asideId}`)).status).toBe(404);

      const hits = await cat.get('/api/bulletin-search?q=xuc tien dau tu');
      expect([hits.status, hits.body.total, hits.body.items.map((h: { title: string; issueLabel: string }) => [h.title, h.issueLabel])]).toEqual([
        200,
        1,
        [['Xúc tiến đầu tư với Hàn Quốc', 'Số 13/2022']],
      ]);
      expect((await cat.get('/api/bulletin-search?q=Tin trùng lặp')).body.total).toBe(0);
      expect((await cat.get(`/api/bulletin-search?agencyId=${accepted.agencyId}&from=2022-06-28&to=2022-06-28`)).body.items.map((h: { title: string }) => h.title)).toEqual([
        'Đoàn công tác tỉnh thăm Quảng Tây',
      ]);
      expect((await admin.get('/api/bulletin-search')).status).toBe(403);
    });

    it('prints the published issue: a .docx with the accepted versions, two columns and the photo, made once; a PDF from it by LibreOffice, made once', async () => {
      const docx = await cat.get(`/api/bulletin-issues/${july.id}/export.docx`).buffer(true).parse(bodyBytes);
      expect([docx.status, docx.headers['content-disposition']]).toEqual([200, 'attachment; filename="ban-tin-so-13-2022.docx"']);
      // Kept once made: the office's download is the unit's, byte for byte.
      const again = await office.get(`/api/bulletin-issues/${july.id}/export.docx`).buffer(true).parse(bodyBytes);
      expect([again.status, Buffer.compare(again.body as Buffer, docx.body as Buffer)]).toEqual([200, 0]);
      const { names, documentXml } = await docxParts(docx.body as Buffer);
      expect(names.filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
      for (const words of ['BẢN TIN THÔNG TIN ĐỐI NGOẠI', 'Số 13/2022', 'Ngày phát hành: 12/07/2022', 'MỤC LỤC', 'Xúc tiến đầu tư với Hàn Quốc', 'Tuần tra biên giới', '(Ảnh: Công an tỉnh)', 'Ban biên tập: Phòng Thông tin - Tổng hợp']) {
        expect([words, documentXml.includes(words)]).toEqual([words, true]);
      }
      expect(documentXml).not.toContain('Ban biên tập: Ban biên tập');
      // The office's edit is printed, not the unit's title; the set-aside item is not printed.
      expect(documentXml).not.toContain('>Hội nghị xúc tiến đầu tư trực tuyến với Hàn Quốc<');
      expect(documentXml).toContain('>Xúc tiến đầu tư với Hàn Quốc<');
      expect(documentXml).not.toContain('Tin trùng lặp');
      expect(documentXml).toMatch(/<w:cols [^>]*w:num="2"/);
      expect(documentXml).not.toContain('BẢN XEM TRƯỚC');

      // No PDF of an issue still edited (the office previews it as a .docx); a unit may not read it at all.
      const unpublished = ((await office.get('/api/bulletin-issues?year=2022')).body as BulletinIssueSummary[]).find((i) => i.number === 14)!;
      const early = await office.get(`/api/bulletin-issues/${unpublished.id}/export.pdf`);
      expect([early.status, early.body.code]).toEqual([409, 'BULLETIN_ISSUE_NOT_PUBLISHED']);
      expect((await sngv.get(`/api/bulletin-issues/${unpublished.id}/export.pdf`)).status).toBe(403);
      expect((await office.get(`/api/bulletin-issues/${unpublished.id}/export.docx`)).status).toBe(200);

      const converter = sut.app.get(LibreOfficeConverter);
      const installed = converter.command;
      converter.command = '/nonexistent/soffice';
      try {
        const missing = await office.get(`/api/bulletin-issues/${july.id}/export.pdf`);
        expect([missing.status, missing.body.code]).toEqual([503, 'LIBREOFFICE_UNAVAILABLE']);
      } finally {
        converter.command = installed;
      }
      // Two readers at once: one conversion, which the second waits for; a later reader gets the kept PDF.
      const before = converter.conversionsStarted;
      const pdfs = await Promise.all([office, cat].map((agent) => agent.get(`/api/bulletin-issues/${july.id}/export.pdf`).buffer(true).parse(bodyBytes)));
      for (const pdf of pdfs) {
        expect([pdf.status, pdf.headers['content-type'], (pdf.body as Buffer).subarray(0, 5).toString('latin1')]).toEqual([200, 'application/pdf', '%PDF-']);
      }
      const later = await leader.get(`/api/bulletin-issues/${july.id}/export.pdf`).buffer(true).parse(bodyBytes);
      expect([converter.conversionsStarted - before, Buffer.compare(pdfs[0]!.body as Buffer, pdfs[1]!.body as Buffer), Buffer.compare(later.body as Buffer, pdfs[0]!.body as Buffer)]).toEqual([1, 0, 0]);
    }, 120_000);

    it('counts each unit\'s items sent per month and half-year', async () => {
      const counts = await leader.get('/api/bulletin-contributions?year=2022');
      expect(counts.status).toBe(200);
      const row = (name: string) => counts.body.rows.find((r: { agencyName: string }) => r.agencyName === name);
      expect([row('Sở Ngoại vụ').months[6], row('Sở Ngoại vụ').secondHalf, row('Công an tỉnh').total, row('Huyện Bình Liêu').total]).toEqual([3, 3, 3, 0]);
      expect(counts.body.totals.total).toBe(6);
      expect((await sngv.get('/api/bulletin-contributions?year=2022')).status).toBe(403);
    });
  });

  describe('the demo', () => {
    it('holds the two issues of July 2021: Số 13/2021 published with photos, Số 14/2021 in editing with an item in each state', async () => {
      const issues: BulletinIssueSummary[] = (await office.get('/api/bulletin-issues?year=2021')).body;
      expect(issues).toHaveLength(24);
      const [no13, no14] = [13, 14].map((n) => issues.find((i) => i.number === n)!);
      expect(no13).toMatchObject({ label: 'Số 13/2021', deadline: '2021-07-12', state: 'published', counts: { submitted: 0, accepted: 4, returned: 0, notUsed: 1 } });
      expect(no14).toMatchObject({ label: 'Số 14/2021', deadline: '2021-07-26', state: 'editing', counts: { submitted: 1, accepted: 1, returned: 1, notUsed: 1 } });
      const published: BulletinIssueDetail = (await cat.get(`/api/bulletin-issues/${no13!.id}`)).body;
      expect(published.twoColumns).toBe(true);
      expect(published.published!.sections.map((s) => [s.title, s.items.map((i) => i.agencyName)])).toEqual([
        ['Tin trong tỉnh', ['Công an tỉnh', 'Sở Thông tin và Truyền thông']],
        ['Hợp tác quốc tế', ['Sở Ngoại vụ']],
        ['Quảng bá hình ảnh', ['Ban Xúc tiến và Hỗ trợ đầu tư tỉnh']],
      ]);
      expect(published.published!.sections.flatMap((s) => s.items.flatMap((i) => i.photos.map((p) => p.contentType)))).toEqual(['image/png', 'image/jpeg', 'image/jpeg']);
      const draft = await (await sut.signIn('sotttt')).get(`/api/bulletin-issues/${no14!.id}`);
      expect(draft.body.items.map((i: { state: string }) => i.state)).toEqual(['draft']);
      const docx = await office.get(`/api/bulletin-issues/${no13!.id}/export.docx`).buffer(true).parse(bodyBytes);
      expect((await docxParts(docx.body as Buffer)).names.filter((n) => n.startsWith('word/media/'))).toHaveLength(3);
    });

    it('offers the task groups of the issue\'s six-month period, keeps an item to them, and finds published items by task group', async () => {
      const choices: BulletinTaskGroupChoice[] = (await sngv.get('/api/bulletin-task-groups')).body;
      const secondHalf2021 = taskGroupChoicesForIssue(choices, 2021, 7);
      expect(secondHalf2021.map((g) => g.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(taskGroupChoicesForIssue(choices, 2021, 6)).toEqual([]);
      expect((await admin.get('/api/bulletin-task-groups')).status).toBe(403);

      // Số 14/2021 (July): Liên đoàn Lao động's returned item takes a group of 6 tháng cuối năm 2021.
      const no14 = ((await office.get('/api/bulletin-issues?year=2021')).body as BulletinIssueSummary[]).find((i) => i.number === 14)!;
      const laodong = await sut.signIn('laodong');
      const returnedId = ((await laodong.get(`/api/bulletin-issues/${no14.id}`)).body as BulletinIssueDetail).items.find((i) => i.state === 'returned')!.id;
      const returnedItem: BulletinItem = (await laodong.get(`/api/bulletin-items/${returnedId}`)).body;
      const tagged = await save(laodong, returnedItem, { taskGroupId: secondHalf2021[2]!.id });
      expect([tagged.status, tagged.body.taskGroupId, tagged.body.taskGroupTitle]).toEqual([200, secondHalf2021[2]!.id, secondHalf2021[2]!.title]);

      // An issue of October 2022 has no announced six-month period: 2021's group is refused, none is fine.
      sut.clock.set(at('2022-08-01'));
      const october = ((await office.get('/api/bulletin-issues?year=2022')).body as BulletinIssueSummary[]).find((i) => i.month === 10)!;
      const draft: BulletinItem = (await sngv.post(`/api/bulletin-issues/${october.id}/items`).send({ kind: 'news' })).body;
      const refused = await save(sngv, draft, { taskGroupId: secondHalf2021[0]!.id });
      expect([refused.status, refused.body.code, refused.body.details[0].field]).toEqual([422, 'VALIDATION_FAILED', 'taskGroupId']);
      expect((await save(sngv, draft, { title: 'Không nhóm' })).status).toBe(200);
      expect((await sngv.delete(`/api/bulletin-items/${draft.id}`)).status).toBe(204);

      // The search by task group: exactly the published items that serve it, with the other filters.
      const no13 = ((await office.get('/api/bulletin-issues?year=2021')).body as BulletinIssueSummary[]).find((i) => i.number === 13)!;
      const printed = ((await cat.get(`/api/bulletin-issues/${no13.id}`)).body as BulletinIssueDetail).published!.sections.flatMap((s) => s.items);
      const served = printed.find((i) => i.taskGroupId)!;
      const expected = printed.filter((i) => i.taskGroupId === served.taskGroupId).map((i) => i.itemId).sort();
      const byGroup = await cat.get(`/api/bulletin-search?taskGroupId=${served.taskGroupId}`);
      expect([byGroup.status, byGroup.body.items.map((h: { itemId: string }) => h.itemId).sort()]).toEqual([200, expected]);
      const other = printed.find((i) => i.agencyId !== served.agencyId && i.taskGroupId !== served.taskGroupId)!;
      expect((await cat.get(`/api/bulletin-search?taskGroupId=${served.taskGroupId}&agencyId=${other.agencyId}`)).body.total).toBe(0);
      const unserved = secondHalf2021.find((g) => printed.every((i) => i.taskGroupId !== g.id))!;
      const titled = (groupId: string) => cat.get(`/api/bulletin-search?taskGroupId=${groupId}&q=${encodeURIComponent(served.title)}`);
      expect((await titled(served.taskGroupId!)).body.items.map((h: { itemId: string }) => h.itemId)).toEqual([served.itemId]);
      expect((await titled(unserved.id)).body.total).toBe(0);
    });
  });
});
