import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BulletinItem } from '@giao-ban/shared';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/react-query';
import { draftItem, openIssueDetail, taskGroupChoices } from '@/testing/bulletin-fixtures';
import { mockApi } from '@/testing/mock-api';
import { ItemEditor } from './item-editor';

function renderEditor(item: BulletinItem) {
  const queryClient = createQueryClient({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  const router = createMemoryRouter([{ path: '*', element: <ItemEditor item={item} role="agency_reporter" /> }]);
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

describe('ItemEditor: the task group an item serves', () => {
  beforeEach(() => localStorage.clear());

  it('offers the groups of its issue’s six-month period in order, and saves the one chosen', async () => {
    const api = mockApi({
      // Số 13/2021 is an issue of July: "6 tháng cuối năm 2021"
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
      'GET /api/bulletin-task-groups': { status: 200, body: taskGroupChoices },
      'PUT /api/bulletin-items/it-9': ({ body }) => ({ status: 200, body: { ...draftItem, ...(body as object), revision: 4 } }),
    });
    const user = userEvent.setup();
    renderEditor(draftItem);
    expect(await screen.findByText('Nhóm nhiệm vụ của kỳ báo cáo 6 tháng cuối năm 2021 mà tin, bài phục vụ (không bắt buộc).')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Nhóm nhiệm vụ' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['1. Thực hiện chỉ thị, Nghị quyết', '2. Chủ quyền biển, đảo, biên giới']);
    await user.click(await screen.findByTitle('1. Thực hiện chỉ thị, Nghị quyết'));
    // the group's full title is read beside the short one
    expect(await screen.findByText(taskGroupChoices[1]!.title)).toBeInTheDocument();

    await user.click(screen.getByLabelText('Tiêu đề'));
    await user.tab();
    await waitFor(() => expect(api.sent('PUT', '/api/bulletin-items/it-9')).toHaveLength(1));
    expect(api.sent('PUT', '/api/bulletin-items/it-9')[0]!.body).toEqual(expect.objectContaining({ taskGroupId: 'tg-1', expectedRevision: 3 }));
  });

  it('says when the half-year’s report has no task groups yet', async () => {
    mockApi({
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
      'GET /api/bulletin-task-groups': { status: 200, body: taskGroupChoices.filter((group) => group.half === 1) },
    });
    renderEditor(draftItem);
    expect(await screen.findByText('Kỳ báo cáo 6 tháng cuối năm 2021 chưa có nhóm nhiệm vụ')).toBeInTheDocument();
  });

  it('shows a group chosen before that is no longer offered by its title', async () => {
    mockApi({
      'GET /api/bulletin-issues/i-13': { status: 200, body: openIssueDetail },
      'GET /api/bulletin-task-groups': { status: 200, body: taskGroupChoices },
    });
    renderEditor({ ...draftItem, taskGroupId: 'tg-old', taskGroupTitle: 'tuyên truyền kỷ niệm ngày thành lập tỉnh' });
    expect(await screen.findByTitle('tuyên truyền kỷ niệm ngày thành lập tỉnh')).toBeInTheDocument();
  });
});
