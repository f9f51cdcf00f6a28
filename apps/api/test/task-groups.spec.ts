import type { TaskGroup } from '@giao-ban/shared';
import type TestAgent from 'supertest/lib/agent.js';
import { demoPeriodId } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The task groups of a draft period through the API, on PostgreSQL: numbering stays 1, 2, … after
 * a removal and a reorder, an edit replaces the indicators, and a copied period gets the groups and
 * indicators of its source in order.
 */
describe('task groups of a draft period', () => {
  let sut: TestApp;
  let office: TestAgent;
  let sequence = 0;

  const indicator = (name: string) => ({ name, unit: 'tin/bài', aggregation: 'sum', integerOnly: true, target: null });

  async function draftPeriod(copyFromPeriodId: string | null = null): Promise<string> {
    const response = await office
      .post('/api/periods')
      .send({ title: `Kỳ thử nhóm nhiệm vụ ${++sequence}`, kind: 'ad_hoc', year: 2022, sequence: null, cutOffFrom: '2021-12-15', cutOffTo: '2022-06-14', dueDate: '2022-06-17', requiresHeadApproval: false, copyFromPeriodId })
      .expect(201);
    return response.body.id;
  }

  async function groupsOf(periodId: string): Promise<TaskGroup[]> {
    return (await office.get(`/api/periods/${periodId}/task-groups`).expect(200)).body.items;
  }

  const numbered = (groups: TaskGroup[]) => groups.map((group) => `${group.ordinal}. ${group.title}`);

  beforeAll(async () => {
    sut = await startTestApp();
    sut.clock.set('2022-06-01T09:00:00+07:00');
    office = await sut.signIn('vanphong');
  });

  afterAll(async () => {
    await sut.close();
  });

  it('numbers the groups after a removal and a reorder without gaps', async () => {
    const periodId = await draftPeriod();
    const ids: string[] = [];
    for (const title of ['Nhóm thứ nhất', 'Nhóm thứ hai', 'Nhóm thứ ba', 'Nhóm thứ tư']) {
      ids.push((await office.post(`/api/periods/${periodId}/task-groups`).send({ title, indicators: [] }).expect(201)).body.id);
    }
    await office.delete(`/api/periods/${periodId}/task-groups/${ids[1]}`).expect(204);
    expect(numbered(await groupsOf(periodId))).toEqual(['1. Nhóm thứ nhất', '2. Nhóm thứ ba', '3. Nhóm thứ tư']);

    const reordered = await office.put(`/api/periods/${periodId}/task-groups/order`).send({ taskGroupIds: [ids[3], ids[0], ids[2]] }).expect(200);
    expect(numbered(reordered.body)).toEqual(['1. Nhóm thứ tư', '2. Nhóm thứ nhất', '3. Nhóm thứ ba']);

    await office.put(`/api/periods/${periodId}/task-groups/order`).send({ taskGroupIds: [ids[3], ids[0]] }).expect(422);
  });

  it('replaces the indicators of an edited group, in the order given', async () => {
    const periodId = await draftPeriod();
    const added = await office
      .post(`/api/periods/${periodId}/task-groups`)
      .send({ title: 'Nhóm có chỉ tiêu', indicators: [indicator('Tin, bài'), indicator('Hội nghị')] })
      .expect(201);
    const edited = await office
      .put(`/api/periods/${periodId}/task-groups/${added.body.id}`)
      .send({ title: '  Nhóm đã sửa  ', indicators: [indicator('Đoàn ra'), indicator('Đoàn vào'), indicator('Hội nghị')] })
      .expect(200);
    expect(edited.body.title).toBe('Nhóm đã sửa');
    expect(edited.body.indicators.map((i: { name: string; ordinal: number }) => `${i.ordinal}. ${i.name}`)).toEqual(['1. Đoàn ra', '2. Đoàn vào', '3. Hội nghị']);
  });

  it('gives a copied period the groups and indicators of its source', async () => {
    const sourceId = await demoPeriodId(sut);
    const source = await groupsOf(sourceId);
    const copy = await groupsOf(await draftPeriod(sourceId));
    const shape = (groups: TaskGroup[]) => groups.map((group) => ({ ordinal: group.ordinal, title: group.title, indicators: group.indicators.map((i) => [i.ordinal, i.name, i.unit, i.target]) }));
    expect(source.length).toBeGreaterThan(0);
    expect(shape(copy)).toEqual(shape(source));
  });
});
