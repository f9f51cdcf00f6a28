import {
  capitalizeFirst,
  reportsNothing,
  unitResultSentence,
  type CompileSummaryRequest,
  type CompileSummaryResponse,
  type ReportDetail,
  type SummaryDetail,
  type SummaryDocument,
  type SummarySectionView,
  type SummarySources,
  type VersionSectionContent,
} from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import { listRoutes } from '../src/common/routes/route-table.js';
import { DEMO_PERIOD } from '../src/database/seeds/demo-data.js';
import { DEMO_REPORTS } from '../src/database/seeds/demo-reports.js';
import { demoPeriodId } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The six-month summary (SPEC §4) on the demo period: five reports accepted, Công an tỉnh late
 * and not yet accepted, Liên đoàn Lao động tỉnh returned, Ban Quản lý Khu kinh tế tỉnh missing.
 * Expectations are computed from the database, not from the compiler.
 */
describe('summary report (SPEC §4)', () => {
  let sut: TestApp;
  let db: DataSource;
  let periodId: string;
  let office: Awaited<ReturnType<TestApp['signIn']>>;
  const url = (path = '') => `/api/periods/${periodId}/summary${path}`;

  /** Every paragraph and bullet of the summary as plain text, with its section. */
  const lines = (summary: SummaryDetail) =>
    summary.sections.flatMap((s) =>
      s.content.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : [b.runs])).map((runs) => ({ key: s.key, text: runs.map((r) => r.text).join('') })),
    );
  const section = (summary: SummaryDetail, key: string) => summary.sections.find((s) => s.key === key)!;
  const textOf = (doc: SummaryDocument) => doc.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : [b.runs])).map((r) => r.map((x) => x.text).join('')).join('\n');

  /**
   * Compiles, checks the answer (what changed, not the summary: that is tens of megabytes for a
   * large province), and reads the summary as the client then does.
   */
  const compile = async (body: CompileSummaryRequest): Promise<SummaryDetail> => {
    const answer = await office.post(url('/compile')).send(body).expect(200);
    const result: CompileSummaryResponse = answer.body;
    expect(Object.keys(result).sort()).toEqual(['compiledAt', 'proposed', 'replaced', 'version']);
    const summary: SummaryDetail = (await office.get(url()).expect(200)).body;
    expect(summary.version).toBe(result.version);
    expect(summary.compiledAt).toBe(result.compiledAt);
    expect(summary.versions.at(-1)).toMatchObject({ action: 'compiled', number: result.version, sectionKeys: result.replaced });
    expect(summary.sections.filter((s) => result.proposed.includes(s.key)).every((s) => s.proposed !== null)).toBe(true);
    return summary;
  };

  const reportIdOf = async (code: string): Promise<string> =>
    (await db.query(`SELECT r.id FROM agency_reports r JOIN agencies a ON a.id = r.agency_id WHERE a.code = $1 AND r.period_id = $2`, [code, periodId]))[0].id;

  /** Latest submitted version of each report in a state, straight from report_versions. */
  const versionsInState = async (states: string[]) =>
    (await db.query(
      `SELECT a.code, a.name, a.display_order, v.content->'sections' AS sections
         FROM agency_reports r JOIN agencies a ON a.id = r.agency_id
         JOIN report_versions v ON v.report_id = r.id AND v.number = r.version_number
        WHERE r.period_id = $1 AND r.state = ANY($2) ORDER BY a.display_order`,
      [periodId, states],
    )) as { code: string; name: string; display_order: number; sections: VersionSectionContent[] }[];

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource);
    periodId = await demoPeriodId(sut);
    // 21/12/2021, 10:00 in Quảng Ninh: after the late report (20/12), before Liên đoàn's revision is due (22/12).
    sut.clock.set('2021-12-21T03:00:00Z');
    office = await sut.signIn('vanphong');
  });
  afterAll(() => sut.close());

  it('answers 404 before the first compile, and refuses to compile a period still in draft', async () => {
    expect((await office.get(url())).status).toBe(404);
    expect((await (await sut.signIn('lanhdao')).get(url())).status).toBe(404);
    const draft = await office.post('/api/periods').send({ title: 'Báo cáo quý I năm 2022', kind: 'quarter', year: 2022, sequence: 1, dueDate: '2022-03-18', requiresHeadApproval: false });
    const refused = await office.post(`/api/periods/${draft.body.id}/summary/compile`).send({ includeSubmitted: false });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PERIOD_NOT_OPEN');
  });

  it('compiles the accepted reports from their submitted versions: each contribution once, under its group, attributed, in agency order', async () => {
    // A live draft that differs from the submitted version must not leak in (the submitted version is the record).
    await db.query(
      `UPDATE report_sections s SET text = 'NỘI DUNG BẢN NHÁP CHƯA GỬI' FROM task_groups g
        WHERE s.task_group_id = g.id AND g.ordinal = 1 AND s.report_id = $1`,
      [await reportIdOf('SNGV')],
    );
    const summary = await compile({ includeSubmitted: false });
    expect(summary).toMatchObject({ state: 'draft', version: 1, includeSubmitted: false, settings: { style: 'party' } });

    // The layout of a half-year report, the eight task groups in order with their titles.
    expect(summary.sections.map((s) => s.key)).toEqual([
      'opening', 'tg:1', 'tg:2', 'tg:3', 'tg:4', 'tg:5', 'tg:6', 'tg:7', 'tg:8',
      'strengths', 'limitations', 'causes', 'next_plan', 'difficulties', 'proposals', 'closing',
    ]);
    DEMO_PERIOD.taskGroups.forEach((g, i) => expect(section(summary, `tg:${i + 1}`).title).toBe(`${i + 1}. ${capitalizeFirst(g.title)}`));

    const all = lines(summary);
    const accepted = await versionsInState(['accepted']);
    expect(accepted.map((r) => r.code)).toEqual(['SNGV', 'STTTT', 'TTTT', 'BXTDT', 'BINHLIEU']);
    for (let ordinal = 1; ordinal <= 8; ordinal++) {
      const expected = accepted
        .map((r) => ({ name: r.name, s: r.sections.find((x) => x.key === `tg:${ordinal}`)! }))
        .filter(({ s }) => s.status !== 'not_applicable' && s.status !== 'not_started' && s.text.trim() && !reportsNothing(s.text))
        .map(({ name, s }) => unitResultSentence(name, s.text));
      for (const line of expected) {
        const found = all.filter((l) => l.text === line);
        expect(found).toEqual([{ key: `tg:${ordinal}`, text: line }]);
      }
      // The lead sentence from the figures, then exactly these results, in agency order.
      const body = all.filter((l) => l.key === `tg:${ordinal}`).map((l) => l.text);
      expect(body.slice(1)).toEqual(expected);
      expect(body[0]).toMatch(expected.length ? /^(Có \d+\/5 cơ quan, đơn vị triển khai thực hiện nhiệm vụ này|Kết quả chủ yếu: )/ : /^(Trong kỳ, chưa có|Có \d+\/5|Kết quả chủ yếu)/);
    }
    expect(all.some((l) => l.text.includes('NỘI DUNG BẢN NHÁP CHƯA GỬI'))).toBe(false);
    // Units not accepted are never attributed in parts I–IV (the opening names them).
    const body = all.filter((l) => l.key !== 'opening');
    for (const name of ['Công an tỉnh', 'Liên đoàn Lao động tỉnh', 'Ban Quản lý Khu kinh tế tỉnh']) {
      expect(body.filter((l) => l.text.includes(name))).toEqual([]);
    }
    expect(all.some((l) => l.text.includes(DEMO_REPORTS.find((r) => r.agencyCode === 'BQLKKT')!.groups[2]!.text))).toBe(false);
    // Missing and not-yet-included units are listed, never silently dropped.
    const opening = textOf(section(summary, 'opening').content);
    expect(opening).toContain('nhận được báo cáo của 7/8 cơ quan, đơn vị thành viên (6 báo cáo đúng hạn, 1 báo cáo trễ hạn)');
    expect(opening).toContain('còn 1 đơn vị chưa gửi báo cáo: Ban Quản lý Khu kinh tế tỉnh.');
    // The bulletin's items accepted in the half-year: the demo's Số 13/2021 (4) and Số 14/2021 (1).
    expect(opening).toContain(
      'Trong 6 tháng cuối năm 2021, 5 cơ quan, đơn vị thành viên đã cung cấp 5 tin, bài cho Bản tin thông tin đối ngoại của tỉnh ' +
        '(Sở Ngoại vụ 1, Sở Thông tin và Truyền thông 1, Trung tâm Truyền thông tỉnh 1, Ban Xúc tiến và Hỗ trợ đầu tư tỉnh 1, Công an tỉnh 1).',
    );
    // What the summary takes in is the screen's business, not the report's.
    expect(all.filter((l) => /chưa tiếp nhận|tổng hợp từ|đang bổ sung/.test(l.text))).toEqual([]);
  });

  it('totals each indicator as its aggregation says and counts statuses, as the database has them', async () => {
    const summary: SummaryDetail = (await office.get(url())).body;
    const totals: { ordinal: number; name: string; unit: string; total: string | null }[] = await db.query(
      `SELECT g.ordinal, i.name, i.unit,
              CASE WHEN i.aggregation = 'max' THEN max(v.value) ELSE sum(v.value) END AS total
         FROM indicators i JOIN task_groups g ON g.id = i.task_group_id
         LEFT JOIN (indicator_values v JOIN report_sections s ON s.id = v.section_id
                    JOIN agency_reports r ON r.id = s.report_id AND r.state = 'accepted') ON v.indicator_id = i.id
        WHERE g.period_id = $1 GROUP BY g.ordinal, i.ordinal, i.name, i.unit, i.aggregation ORDER BY g.ordinal, i.ordinal`,
      [periodId],
    );
    expect(summary.figures.indicators.map((c) => c.name)).toEqual(totals.map((t) => t.name));
    expect(summary.figures.indicatorTotals).toEqual(totals.map((t) => (t.total === null ? null : Number(t.total))));
    expect(summary.figures.indicatorTotals.slice(0, 2)).toEqual([3 + 4 + 1 + 1 + 2, 46 + 210 + 360 + 28 + 32]); // by hand, from the seed
    for (const t of totals) {
      if (t.total === null) continue;
      const lead = lines(summary).find((l) => l.key === `tg:${t.ordinal}`)!.text;
      expect(lead).toMatch(new RegExp(`đạt (cao nhất )?${Number(t.total).toLocaleString('de-DE').replace('.', '\\.')} ${t.unit}`));
    }
    const counts: { ordinal: number; done: number; in_progress: number; not_started: number }[] = await db.query(
      `SELECT g.ordinal, count(*) FILTER (WHERE s.status = 'done')::int AS done,
              count(*) FILTER (WHERE s.status = 'in_progress')::int AS in_progress,
              count(*) FILTER (WHERE s.status = 'not_started')::int AS not_started
         FROM report_sections s JOIN task_groups g ON g.id = s.task_group_id
         JOIN agency_reports r ON r.id = s.report_id AND r.state = 'accepted'
        WHERE r.period_id = $1 GROUP BY g.ordinal ORDER BY g.ordinal`,
      [periodId],
    );
    expect(summary.figures.taskGroups.map((g) => ({ ordinal: g.ordinal, ...g.statusCounts }))).toEqual(counts);
    for (const c of counts) {
      const lead = lines(summary).find((l) => l.key === `tg:${c.ordinal}`)!.text;
      if (c.done) expect(lead).toContain(`${c.done} đơn vị đã hoàn thành`);
      if (c.in_progress) expect(lead).toContain(`${c.in_progress} đơn vị đang tiếp tục thực hiện`);
      expect(lead).not.toMatch(/\b0 đơn vị/);
    }
  });

  it('lists every unit in the submission annex: on time, late with days, returned, missing', async () => {
    const summary: SummaryDetail = (await office.get(url())).body;
    expect(summary.figures.units.map((u) => [u.name, u.submissionStatus, u.daysLate, u.state, u.inclusion])).toEqual([
      ['Sở Ngoại vụ', 'on_time', null, 'accepted', 'accepted'],
      ['Sở Thông tin và Truyền thông', 'on_time', null, 'accepted', 'accepted'],
      ['Trung tâm Truyền thông tỉnh', 'on_time', null, 'accepted', 'accepted'],
      ['Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', 'on_time', null, 'accepted', 'accepted'],
      ['Liên đoàn Lao động tỉnh', 'on_time', null, 'returned', null],
      ['Công an tỉnh', 'late', 3, 'submitted', null],
      ['Huyện Bình Liêu', 'on_time', null, 'accepted', 'accepted'],
      ['Ban Quản lý Khu kinh tế tỉnh', 'missing_overdue', 4, 'draft', null],
    ]);
    expect(summary.figures.indicatorRows.map((r) => r.name)).toEqual(['Sở Ngoại vụ', 'Sở Thông tin và Truyền thông', 'Trung tâm Truyền thông tỉnh', 'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh', 'Huyện Bình Liêu']);
  });

  const officeEdit: SummaryDocument = {
    blocks: [
      { type: 'paragraph', runs: [{ text: 'Văn phòng biên tập: ', bold: true }, { text: '<script>alert("x")</script> các đơn vị đã quảng bá hình ảnh Quảng Ninh.', italic: true }] },
      { type: 'bullets', items: [[{ text: 'Sở Ngoại vụ phối hợp các cơ quan đại diện nước ngoài.' }], [{ text: 'Trung tâm Truyền thông tỉnh sản xuất 360 tin, bài.' }]] },
    ],
  };

  it('stores the office edit as the document model (markup stays text) and refuses anything else', async () => {
    const before: SummarySectionView = section((await office.get(url())).body, 'tg:2');
    const saved = await office.put(url('/sections/tg:2')).send({ version: before.version, content: officeEdit });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ key: 'tg:2', edited: true, version: before.version + 1, content: officeEdit });

    // Someone saving from the old version gets 409 with the server's copy.
    const stale = await office.put(url('/sections/tg:2')).send({ version: before.version, content: { blocks: [] } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(stale.body.details.server).toMatchObject({ version: before.version + 1, content: officeEdit });

    const refused = [
      { version: 1, content: '<p onclick="x()">Nội dung</p>' },
      { version: 1, content: { blocks: [{ type: 'html', html: '<script>alert(1)</script>' }] } },
      { version: 1, content: { blocks: [{ type: 'paragraph', runs: [{ text: 'x', href: 'javascript:alert(1)' }] }] } },
      { version: 1, content: { blocks: [{ type: 'paragraph', runs: [{ text: 'x', style: 'color:red' }] }] } },
      { version: 1, content: { blocks: [], html: '<b>x</b>' } },
      { version: 1, content: officeEdit, html: '<b>x</b>' },
    ];
    for (const body of refused) {
      const response = await office.put(url('/sections/tg:2')).send(body);
      expect([response.status, response.body.code]).toEqual([422, 'VALIDATION_FAILED']);
    }
    expect((await office.put(url('/sections/no-such')).send({ version: 0, content: officeEdit })).status).toBe(404);
    const stored: { content: unknown }[] = await db.query(
      `SELECT r.content FROM summary_sections s JOIN summary_section_revisions r
          ON r.summary_id = s.summary_id AND r.key = s.key AND r.number = s.content_number WHERE s.key = 'tg:2'`,
    );
    expect(stored[0]!.content).toEqual(officeEdit);
  });

  it('shows what is new when a late report is accepted, and a recompile keeps the office edit, proposing the fresh text beside it', async () => {
    await office.post(`/api/reports/${await reportIdOf('CAT')}/accept`).expect(200);
    const before: SummaryDetail = (await office.get(url())).body;
    expect(before.hasNewInputs).toBe(true);
    const cat = { agencyName: 'Công an tỉnh', change: 'new', fromVersion: null, toVersion: 1 };
    for (const key of ['tg:1', 'tg:2', 'tg:3', 'tg:8', 'strengths', 'next_plan']) {
      expect(section(before, key).newInputs).toEqual([expect.objectContaining(cat)]);
    }
    expect(section(before, 'opening').newInputs).toEqual([expect.objectContaining({ agencyName: 'Công an tỉnh', change: 'changed' })]);
    expect(section(before, 'closing').newInputs).toEqual([]);

    const recompiled: SummaryDetail = await compile({ includeSubmitted: false });
    const catTg2 = DEMO_REPORTS.find((r) => r.agencyCode === 'CAT')!.groups[2]!.text;
    // Not edited: replaced, now with Công an tỉnh, and nothing new any more.
    expect(lines(recompiled)).toContainEqual({ key: 'tg:1', text: unitResultSentence('Công an tỉnh', DEMO_REPORTS.find((r) => r.agencyCode === 'CAT')!.groups[1]!.text) });
    expect(section(recompiled, 'tg:1')).toMatchObject({ edited: false, newInputs: [], proposed: null });
    // Edited: the office's text stays; the fresh text waits beside it.
    const tg2 = section(recompiled, 'tg:2');
    expect(tg2).toMatchObject({ edited: true, content: officeEdit });
    expect(textOf(tg2.proposed!)).toContain(unitResultSentence('Công an tỉnh', catTg2));
    expect(tg2.newInputs).toEqual([expect.objectContaining(cat)]);
    expect(recompiled.versions.at(-1)).toMatchObject({ action: 'compiled', number: recompiled.version });
    expect(recompiled.versions.at(-1)!.sectionKeys).not.toContain('tg:2');

    // "Keep mine": the edit stays, the proposal goes, the new inputs are taken as seen.
    const kept = await office.post(url('/sections/tg:2/proposal')).send({ version: tg2.version, decision: 'keep' });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ edited: true, content: officeEdit, proposed: null, newInputs: [] });
    // Force replaces the edit with the compiled text.
    const forced: SummaryDetail = await compile({ includeSubmitted: false, sections: ['tg:2'], force: true });
    expect(section(forced, 'tg:2')).toMatchObject({ edited: false, proposed: null });
    expect(textOf(section(forced, 'tg:2').content)).toContain(unitResultSentence('Công an tỉnh', catTg2));
  });

  it('accepts a proposal explicitly, and refuses a recompile of an unknown section', async () => {
    let summary: SummaryDetail = (await office.get(url())).body;
    const edit: SummaryDocument = { blocks: [{ type: 'paragraph', runs: [{ text: 'Nhiệm vụ 3 do văn phòng viết.' }] }] };
    await office.put(url('/sections/tg:3')).send({ version: section(summary, 'tg:3').version, content: edit }).expect(200);
    summary = await compile({ includeSubmitted: false, sections: ['tg:3'] });
    const tg3 = section(summary, 'tg:3');
    expect(tg3).toMatchObject({ edited: true, content: edit });
    const accepted = await office.post(url('/sections/tg:3/proposal')).send({ version: tg3.version, decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ edited: false, proposed: null, content: tg3.proposed });
    expect((await office.post(url('/sections/tg:3/proposal')).send({ version: accepted.body.version, decision: 'accept' })).status).toBe(409);
    const unknown = await office.post(url('/compile')).send({ includeSubmitted: false, sections: ['tg:99'] });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'VALIDATION_FAILED']);
  });

  it('starts parts II–IV from the committee\'s own words, keeps what the office wrote there, and lists the units\' inputs as sources', async () => {
    let summary: SummaryDetail = (await office.get(url())).body;
    expect(textOf(section(summary, 'strengths').content)).toMatch(/^Công tác thông tin đối ngoại 6 tháng cuối năm 2021 được các cơ quan, đơn vị thành viên triển khai …$/);
    const sources: SummarySources = (await office.get(url('/sources')).expect(200)).body;
    const accepted = await versionsInState(['accepted']);
    for (const key of ['strengths', 'proposals'] as const) {
      const wrote = accepted.filter((r) => r.sections.find((s) => s.key === key)?.text.trim()).map((r) => r.name);
      expect(sources.sections[key].map((s) => s.agencyName)).toEqual(wrote);
      // The units' words are sources, never the report's text.
      for (const source of sources.sections[key]) expect(lines(summary).some((l) => l.text.includes(source.lines[0]!))).toBe(false);
    }
    expect(sources.sections.proposals.length).toBeGreaterThan(0);
    const edit: SummaryDocument = { blocks: [{ type: 'paragraph', runs: [{ text: 'Ưu điểm do văn phòng viết.' }] }] };
    await office.put(url('/sections/strengths')).send({ version: section(summary, 'strengths').version, content: edit }).expect(200);
    summary = await compile({ includeSubmitted: false });
    expect(section(summary, 'strengths')).toMatchObject({ edited: true, content: edit, proposed: null });
    expect((await (await sut.signIn('songoaivu')).get(url('/sources'))).status).toBe(403);
  });

  it('takes in submitted-but-unaccepted reports only when asked, from their latest version', async () => {
    // Liên đoàn Lao động tỉnh revises its returned section and resubmits (version 2).
    const laodong = await sut.signIn('laodong');
    const reportId = await reportIdOf('LDLD');
    const report: ReportDetail = (await laodong.get(`/api/reports/${reportId}`)).body;
    const tg7 = report.sections.find((s) => s.taskGroup?.ordinal === 7)!;
    const revised = 'Đã tổ chức 02 lớp tập huấn cho 150 lượt cán bộ công đoàn về thông tin đối ngoại.';
    await laodong
      .put(`/api/reports/${reportId}/sections/${tg7.id}`)
      .send({ version: tg7.version, text: revised, status: 'done', indicatorValues: tg7.indicatorValues.map((v, i) => ({ indicatorId: v.indicatorId, value: [2, 150][i] })) })
      .expect(200);
    await laodong.post(`/api/reports/${reportId}/submit`).expect(200);

    const without: SummaryDetail = await compile({ includeSubmitted: false });
    expect(lines(without).filter((l) => l.key !== 'opening' && l.text.includes('Liên đoàn Lao động tỉnh'))).toEqual([]);

    const withSubmitted: SummaryDetail = await compile({ includeSubmitted: true });
    expect(withSubmitted.includeSubmitted).toBe(true);
    // Taken in without a mark in the report: the screen says which reports are not accepted yet.
    expect(lines(withSubmitted)).toContainEqual({ key: 'tg:7', text: unitResultSentence('Liên đoàn Lao động tỉnh', revised) });
    expect(lines(withSubmitted).filter((l) => l.text.includes('chưa tiếp nhận'))).toEqual([]);
    expect(withSubmitted.figures.units.find((u) => u.name === 'Liên đoàn Lao động tỉnh')).toMatchObject({ inclusion: 'submitted', versionNumber: 2 });
    const ldldRow = withSubmitted.figures.indicatorRows.find((r) => r.name === 'Liên đoàn Lao động tỉnh')!;
    const lop = withSubmitted.figures.indicators.findIndex((c) => c.unit === 'lớp');
    expect(ldldRow.values.slice(lop, lop + 2)).toEqual([2, 150]);
  });

  it('keeps the header settings per style and checks the document number against it', async () => {
    const state = await office.put(url('/settings')).send({ style: 'state', number: '5/BC-BCĐ' });
    expect(state.status).toBe(200);
    expect(state.body.settings).toMatchObject({ style: 'state', number: '05/BC-BCĐ', parentBody: 'UBND TỈNH QUẢNG NINH', signerAuthority: 'TM. BAN CHỈ ĐẠO' });
    const party = await office.put(url('/settings')).send({ style: 'party', signerName: 'Nguyễn Văn An', recipients: ['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT, BCĐ'] });
    expect(party.body.settings).toMatchObject({ style: 'party', number: '5-BC/BCĐ', parentBody: 'TỈNH ỦY QUẢNG NINH', signerAuthority: 'T/M BAN CHỈ ĐẠO', signerName: 'Nguyễn Văn An' });
    for (const body of [{ style: 'party', number: 'không số' }, { style: 'state', place: 'Quảng\nNinh' }, { style: 'tribal' }]) {
      const response = await office.put(url('/settings')).send(body);
      expect([response.status, response.body.code]).toEqual([422, 'VALIDATION_FAILED']);
    }
  });

  it('finalizes with a number and date, freezing the text and figures; reopens with a reason, audited', async () => {
    // An unsettled proposal blocks finalizing.
    let summary: SummaryDetail = (await office.get(url())).body;
    await office.put(url('/sections/closing')).send({ version: section(summary, 'closing').version, content: { blocks: [{ type: 'paragraph', runs: [{ text: 'Kết luận của văn phòng./.' }] }] } }).expect(200);
    summary = await compile({ includeSubmitted: true, sections: ['closing'] });
    const blocked = await office.post(url('/finalize')).send({ number: '12-BC/BCĐ', date: '2021-12-21' });
    expect([blocked.status, blocked.body.code, blocked.body.details]).toEqual([409, 'CONFLICT', { sections: ['closing'] }]);
    await office.post(url('/sections/closing/proposal')).send({ version: section(summary, 'closing').version, decision: 'keep' }).expect(200);

    expect((await office.post(url('/finalize')).send({ number: '12/BC BCĐ', date: '2021-12-21' })).status).toBe(422);
    // Not dated before the end of its data (14/12/2021), and never without a signer.
    const early = await office.post(url('/finalize')).send({ number: '12-BC/BCĐ', date: '2021-12-13' });
    expect([early.status, early.body.code, early.body.details.map((d: { field: string }) => d.field)]).toEqual([422, 'VALIDATION_FAILED', ['date']]);
    expect((await office.put(url('/settings')).send({ style: 'party', signerName: null })).body).toMatchObject({ settings: { signerName: null } });
    const unsigned = await office.post(url('/finalize')).send({ number: '12-BC/BCĐ', date: '2021-12-21' });
    expect([unsigned.status, unsigned.body.details.map((d: { field: string }) => d.field)]).toEqual([422, ['signerName']]);
    await office.put(url('/settings')).send({ style: 'party', signerName: 'Nguyễn Văn An' }).expect(200);
    // One "as of" day: compiled on 21/12 with no document date, the figures are as of 21/12 and the
    // report cannot be dated 24/12 until it is compiled again with that date.
    expect(summary.figures.asOf).toBe('2021-12-21');
    expect(JSON.stringify(section(summary, 'opening').content)).toContain('đến ngày 21/12/2021,');
    const otherDay = await office.post(url('/finalize')).send({ number: '12-BC/BCĐ', date: '2021-12-24' });
    expect([otherDay.status, otherDay.body.details]).toEqual([422, [{ field: 'date', constraints: { asOfDate: expect.stringContaining('2021-12-21') } }]]);
    await office.put(url('/settings')).send({ style: 'party', date: '2021-12-24' }).expect(200);
    summary = await compile({ includeSubmitted: true, sections: ['opening'] });
    expect(summary.figures.asOf).toBe('2021-12-24');
    expect(JSON.stringify(section(summary, 'opening').content)).toContain('đến ngày 24/12/2021,');
    const final = await office.post(url('/finalize')).send({ number: '12-bc/bcđ', date: '2021-12-24' });
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ state: 'final', finalVersion: final.body.version, settings: { number: '12-BC/BCĐ', date: '2021-12-24' } });
    const finalText = lines(final.body);
    const finalVersion: number = final.body.finalVersion;

    // Frozen: no edit, compile or settings change.
    for (const [method, path, body] of [
      ['put', '/sections/tg:1', { version: section(final.body, 'tg:1').version, content: officeEdit }],
      ['post', '/compile', { includeSubmitted: true }],
      ['put', '/settings', { style: 'state' }],
      ['post', '/finalize', { number: '13-BC/BCĐ', date: '2021-12-25' }],
    ] as const) {
      const response = await office[method](url(path)).send(body);
      expect([path, response.status, response.body.code]).toEqual([path, 409, 'ILLEGAL_TRANSITION']);
    }

    // Leaders read the final summary and its versions; they change nothing.
    const leader = await sut.signIn('lanhdao');
    const read = await leader.get(url());
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ state: 'final', permissions: { canEdit: false, canCompile: false, canFinalize: false, canReopen: false } });
    expect((await leader.post(url('/reopen')).send({ reason: 'Lãnh đạo muốn sửa' })).status).toBe(403);

    expect((await office.post(url('/reopen')).send({ reason: '' })).status).toBe(422);
    const reopened = await office.post(url('/reopen')).send({ reason: 'Bổ sung số liệu của Liên đoàn Lao động tỉnh sau khi tiếp nhận.' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ state: 'draft', finalVersion });
    expect(reopened.body.versions.at(-1)).toMatchObject({ action: 'reopened', note: 'Bổ sung số liệu của Liên đoàn Lao động tỉnh sau khi tiếp nhận.' });
    expect((await office.post(url('/reopen')).send({ reason: 'Lần nữa' })).status).toBe(409);

    // After a reopen and an edit, the final version still reads as it was frozen.
    await office.put(url('/sections/tg:1')).send({ version: section(reopened.body, 'tg:1').version, content: officeEdit }).expect(200);
    const frozen = await leader.get(url(`/versions/${finalVersion}`));
    expect(frozen.status).toBe(200);
    expect(frozen.body).toMatchObject({ number: finalVersion, action: 'finalized', state: 'final', settings: { number: '12-BC/BCĐ', date: '2021-12-24' } });
    expect(frozen.body.sections.map((s: { key: string }) => s.key)).toEqual(final.body.sections.map((s: SummarySectionView) => s.key));
    expect(frozen.body.sections.flatMap((s: SummarySectionView) => textOf(s.content).split('\n'))).toEqual(finalText.map((l) => l.text));
    expect(frozen.body.figures).toEqual(final.body.figures);
    expect((await leader.get(url('/versions/9999'))).status).toBe(404);
    // Versions are append-only in the database too.
    await expect(db.query(`UPDATE summary_versions SET note = 'x'`)).rejects.toThrow(/append-only/);

    const audit: { action: string; summary: Record<string, unknown> }[] = await db.query(
      `SELECT action, summary FROM audit_events WHERE object_type = 'summary' ORDER BY id`,
    );
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set(['summary.compiled', 'summary.section_saved', 'summary.proposal_kept', 'summary.proposal_accepted', 'summary.settings_changed', 'summary.finalized', 'summary.reopened']),
    );
    expect(audit.find((a) => a.action === 'summary.reopened')!.summary).toMatchObject({ reason: 'Bổ sung số liệu của Liên đoàn Lao động tỉnh sau khi tiếp nhận.', finalVersion });
    // Every save is a numbered version, none missing.
    const versions: SummaryDetail['versions'] = (await office.get(url())).body.versions;
    expect(versions.map((v) => v.number)).toEqual(versions.map((_, i) => i + 1));
  });

  it('answers 403 to agency users and the administrator on every summary route; leaders only read', async () => {
    const routes = listRoutes(sut.app).filter((r) => r.path.startsWith('/api/periods/:id/summary'));
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const path = (p: string) => p.replace(':id', periodId).replace(':key', 'tg:1').replace(':number', '1');
    for (const login of ['songoaivu', 'congan', 'quantri']) {
      const agent = await sut.signIn(login);
      for (const route of routes) {
        const response = await agent[route.method.toLowerCase() as 'get'](path(route.path)).send({});
        expect([login, route.method, route.path, response.status]).toEqual([login, route.method, route.path, 403]);
      }
    }
    const leader = await sut.signIn('lanhdao');
    for (const route of routes) {
      const response = await leader[route.method.toLowerCase() as 'get'](path(route.path)).send({});
      expect([route.method, route.path, response.status === 403]).toEqual([route.method, route.path, route.method !== 'GET']);
    }
  });
});
