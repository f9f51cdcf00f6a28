import type { ReportDetail, TaskGroup } from '@giao-ban/shared';
import { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent.js';
import type { TestApp } from './test-app.js';

export const DEMO_PERIOD_TITLE = 'Báo cáo 6 tháng cuối năm 2021';

export async function agencyIdByCode(sut: TestApp, code: string): Promise<string> {
  const [row] = await sut.app.get(DataSource).query(`SELECT id FROM agencies WHERE code = $1`, [code]);
  return row.id;
}

export async function demoPeriodId(sut: TestApp): Promise<string> {
  const [row] = await sut.app.get(DataSource).query(`SELECT id FROM reporting_periods WHERE title = $1`, [DEMO_PERIOD_TITLE]);
  return row.id;
}

/**
 * A new half-year period copied forward from the demo one, obliging the given units, opened.
 * Due 17/06 of `year` (default 2022, a Friday); the clock is left on 01/06 of that year.
 */
export async function openNewPeriod(
  sut: TestApp,
  office: TestAgent,
  unitCodes: string[],
  options: { requiresHeadApproval?: boolean; year?: number } = {},
) {
  const year = options.year ?? 2022;
  sut.clock.set(`${year}-05-20T02:00:00Z`);
  const created = await office.post('/api/periods').send({
    title: `Báo cáo 6 tháng đầu năm ${year}`,
    kind: 'half_year',
    year,
    sequence: 1,
    dueDate: `${year}-06-17`,
    requiresHeadApproval: options.requiresHeadApproval ?? false,
    copyFromPeriodId: await demoPeriodId(sut),
  });
  if (created.status !== 201) throw new Error(`create period: ${created.status} ${created.text}`);
  const periodId: string = created.body.id;
  const agencyIds = await Promise.all(unitCodes.map((c) => agencyIdByCode(sut, c)));
  const set = await office.put(`/api/periods/${periodId}/agencies`).send({ agencyIds });
  if (set.status !== 200) throw new Error(`set agencies: ${set.status} ${set.text}`);
  const opened = await office.post(`/api/periods/${periodId}/open`);
  if (opened.status !== 200) throw new Error(`open: ${opened.status} ${opened.text}`);
  const board = await office.get(`/api/periods/${periodId}/reports`);
  const reportIdOf = (code: string) => board.body.items.find((r: { agencyId: string }) => r.agencyId === agencyIds[unitCodes.indexOf(code)]).reportId as string;
  sut.clock.set(`${year}-06-01T02:00:00Z`);
  return { periodId, reportIdOf };
}

/** Fills every applicable task group with a status and a sentence, as a unit would. */
export async function fillReport(agent: TestAgent, reportId: string, text = 'Đã triển khai đầy đủ.'): Promise<ReportDetail> {
  const report: ReportDetail = (await agent.get(`/api/reports/${reportId}`)).body;
  for (const section of report.sections.filter((s) => s.taskGroup && s.applicable)) {
    const saved = await agent.put(`/api/reports/${reportId}/sections/${section.id}`).send({
      version: section.version,
      text: `${text} (${section.taskGroup!.ordinal})`,
      status: 'done',
      indicatorValues: section.indicatorValues.map((v) => ({ indicatorId: v.indicatorId, value: 3 })),
    });
    if (saved.status !== 200) throw new Error(`save: ${saved.status} ${saved.text}`);
  }
  return (await agent.get(`/api/reports/${reportId}`)).body;
}

export type { TaskGroup };
