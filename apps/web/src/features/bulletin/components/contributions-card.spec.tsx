import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/react-query';
import { demoContributions } from '@/testing/bulletin-fixtures';
import { demoPeriod } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { ContributionsCard } from './contributions-card';

function renderCard() {
  const queryClient = createQueryClient({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  const router = createMemoryRouter([{ path: '*', element: <ContributionsCard periodId={demoPeriod.id} /> }]);
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

describe('ContributionsCard (the bulletin on a period’s dashboard)', () => {
  it('asks for nothing until opened, then shows the period’s months per unit', async () => {
    const api = mockApi({
      'GET /api/periods': { status: 200, body: { items: [demoPeriod], total: 1, page: 1, pageSize: 100 } },
      'GET /api/bulletin-contributions': { status: 200, body: demoContributions },
    });
    const user = userEvent.setup();
    renderCard();
    const toggle = await screen.findByRole('button', { name: 'Đóng góp cho Bản tin theo đơn vị, theo tháng' });
    expect(api.requests).toHaveLength(0);
    // not part of the printed sheet: the dashboard's print stylesheet hides .gb-no-print
    expect(toggle.closest('.ant-collapse')).toHaveClass('gb-no-print');

    await user.click(toggle);
    const table = await screen.findByRole('table');
    expect(api.sent('GET', '/api/bulletin-contributions')[0].search.get('year')).toBe('2021');
    // the period is cut off 15/06–14/12/2021: June to December, then the half-years and the year
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Đơn vị', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', '6 tháng đầu', '6 tháng cuối', 'Cả năm']);
    const snv = within(table).getAllByRole('row').find((row) => row.textContent?.startsWith('Sở Ngoại vụ'))!;
    expect(within(snv).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Sở Ngoại vụ', '0', '3', '1', '0', '0', '0', '0', '0', '4', '4']);
    expect(screen.getByRole('link', { name: 'Xem cả năm 2021' })).toHaveAttribute('href', '/bulletin/contributions?year=2021');
  });
});
