import { screen, within } from '@testing-library/react';
import { demoPeriod, demoReminderLadder, demoTaskGroups, demoTaskGroupTitles, officeUser, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

const periodUrl = `/periods/${demoPeriod.id}`;

describe('PeriodDetails (period page)', () => {
  it('shows the period and its eight task groups in ordinal order', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      [`GET /api${periodUrl}`]: { status: 200, body: demoPeriod },
      // deliberately out of order: the page orders by ordinal
      [`GET /api${periodUrl}/task-groups`]: { status: 200, body: page([...demoTaskGroups].reverse()) },
      [`GET /api${periodUrl}/reminder-ladder`]: { status: 200, body: demoReminderLadder },
      // The office's review board below the task groups.
      [`GET /api${periodUrl}/agencies`]: { status: 200, body: { agencyIds: [] } },
      [`GET /api${periodUrl}/reports`]: { status: 200, body: page([]) },
    });
    renderApp(periodUrl);

    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo 6 tháng cuối năm 2021' })).toBeInTheDocument();
    expect(screen.getByText('15/06/2021 – 14/12/2021')).toBeInTheDocument();
    expect(screen.getByText('20/12/2021')).toBeInTheDocument();
    expect(screen.getByText('6 tháng')).toBeInTheDocument();
    expect(screen.getByText('Đang mở')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Nhóm nhiệm vụ' })).toBeInTheDocument();

    const groupHeadings = await screen.findAllByRole('heading', { level: 3 });
    expect(groupHeadings.map((heading) => heading.textContent)).toEqual(
      demoTaskGroupTitles.map((title, index) => `(${index + 1}) ${title}`),
    );

    // the sixth group carries guidance and an indicator with its unit and target
    const sixth = groupHeadings[5].closest('li') as HTMLElement;
    expect(within(sixth).getByText(/02 số\/tháng/)).toBeInTheDocument();
    expect(within(sixth).getByText('tin/bài')).toBeInTheDocument();
    expect(within(sixth).getByText('24')).toBeInTheDocument();
  });

  it('says the period was not found on a 404', async () => {
    mockApi({
      'GET /api/auth/me': { status: 200, body: officeUser },
      'GET /api/periods/khong-co': { status: 404, body: { code: 'NOT_FOUND', message: 'Period not found' } },
      'GET /api/periods/khong-co/task-groups': { status: 404, body: { code: 'NOT_FOUND', message: 'Period not found' } },
    });
    renderApp('/periods/khong-co');

    expect(await screen.findByText('Không tìm thấy kỳ báo cáo')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Về danh sách kỳ báo cáo' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });
});
