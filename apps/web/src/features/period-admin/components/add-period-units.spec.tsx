import type { Agency, ReportingPeriod } from '@giao-ban/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoAgencies, demoPeriod, demoReminderLadder, demoTaskGroups, officeUser, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

const open: ReportingPeriod = { ...demoPeriod, id: 'p-open', state: 'open', dueDate: '2026-12-17' };
const base = `/api/periods/${open.id}`;
const agencies: Agency[] = [
  ...demoAgencies,
  { ...demoAgencies[0]!, id: 'a-sdl', code: 'SDL', name: 'Sở Du lịch' },
  { ...demoAgencies[0]!, id: 'a-old', name: 'Sở cũ đã giải thể', active: false },
  { ...demoAgencies[0]!, id: 'a-btg', name: 'Ban Tuyên giáo Tỉnh ủy', isStandingOffice: true },
];
const button = (text: string, scope: HTMLElement = document.body) =>
  within(scope).getByText(text, { selector: 'button > span' }).closest('button') as HTMLButtonElement;

function renderOpen(me = officeUser) {
  let obliged = ['a-snv'];
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: me },
    [`GET ${base}`]: { status: 200, body: open },
    [`GET ${base}/task-groups`]: { status: 200, body: page(demoTaskGroups.slice(0, 2)) },
    [`GET ${base}/reminder-ladder`]: { status: 200, body: demoReminderLadder },
    [`GET ${base}/agencies`]: () => ({ status: 200, body: { agencyIds: obliged } }),
    [`POST ${base}/agencies`]: ({ body }) => {
      obliged = [...obliged, ...(body as { agencyIds: string[] }).agencyIds];
      return { status: 201, body: { agencyIds: obliged } };
    },
    [`GET ${base}/reports`]: { status: 200, body: page([]) },
    'GET /api/agencies': { status: 200, body: page(agencies, { pageSize: 100 }) },
  });
  renderApp(`/periods/${open.id}`);
  return api;
}

describe('Adding units to an open period (standing office)', () => {
  it('offers the active member units without a report, adds the chosen ones, and the count follows', async () => {
    const api = renderOpen();
    const user = userEvent.setup();

    await screen.findByText('1 đơn vị');
    await user.click(await screen.findByText('Thêm đơn vị vào kỳ báo cáo', { selector: 'button > span' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/hạn gửi 17\/12\/2026/)).toBeInTheDocument();
    const choices = await within(dialog).findByRole('group', { name: 'Đơn vị chưa có báo cáo trong kỳ' });
    // Sở Ngoại vụ reports already; an ended unit and the standing office never report.
    expect(within(choices).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(['Huyện Bình Liêu', 'Sở Du lịch']);
    expect(button('Thêm vào kỳ', dialog)).toBeDisabled();

    await user.click(within(choices).getByLabelText('Sở Du lịch'));
    await user.click(button('Thêm vào kỳ', dialog));
    await waitFor(() => expect(api.sent('POST', `${base}/agencies`)).toHaveLength(1));
    expect(api.sent('POST', `${base}/agencies`)[0]!.body).toEqual({ agencyIds: ['a-sdl'] });
    await screen.findByText('Đã thêm 1 đơn vị vào kỳ báo cáo.');
    await screen.findByText('2 đơn vị');
  });

  it('is not offered to a leader', async () => {
    renderOpen({ ...officeUser, login: 'lanhdao', role: 'leader' });
    await screen.findByText('1 đơn vị');
    expect(screen.queryByText('Thêm đơn vị vào kỳ báo cáo')).not.toBeInTheDocument();
  });
});
