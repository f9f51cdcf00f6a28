import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/react-query';
import { taskGroupChoices } from '@/testing/bulletin-fixtures';
import { demoAgencies } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { BulletinSearch } from './bulletin-search';

describe('BulletinSearch: by task group', () => {
  it('offers the task groups under their six-month period and sends the one chosen', async () => {
    const api = mockApi({
      'GET /api/agencies': { status: 200, body: { items: demoAgencies, total: 2, page: 1, pageSize: 100 } },
      'GET /api/bulletin-task-groups': { status: 200, body: taskGroupChoices },
      'GET /api/bulletin-search': { status: 200, body: { items: [], total: 0, page: 1, pageSize: 20 } },
    });
    const user = userEvent.setup();
    const router = createMemoryRouter([{ path: '*', element: <BulletinSearch /> }]);
    render(
      <AppProvider queryClient={createQueryClient({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } })}>
        <RouterProvider router={router} />
      </AppProvider>,
    );
    await user.click(await screen.findByRole('combobox', { name: 'Nhóm nhiệm vụ' }));
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(3));
    // grouped by period, the groups of a period in their order
    expect(screen.getByTitle('6 tháng cuối năm 2021')).toBeInTheDocument();
    expect(screen.getByTitle('6 tháng đầu năm 2021')).toBeInTheDocument();
    await user.click(screen.getByTitle(taskGroupChoices[0]!.title));
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await waitFor(() => expect(api.sent('GET', '/api/bulletin-search')).toHaveLength(1));
    expect(Object.fromEntries(api.sent('GET', '/api/bulletin-search')[0]!.search)).toEqual({ taskGroupId: 'tg-2', page: '1' });
    expect(await screen.findByText('Không tìm thấy tin, bài nào.')).toBeInTheDocument();
  });
});
