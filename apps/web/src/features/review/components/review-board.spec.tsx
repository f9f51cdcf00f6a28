import { fireEvent, screen, within } from '@testing-library/react';
import { demoPeriod, demoReminderLadder, demoTaskGroups, officeUser, page } from '@/testing/fixtures';
import { mockApi } from '@/testing/mock-api';
import { demoBoardRows } from '@/testing/review-fixtures';
import { renderApp } from '@/testing/test-app';

const periodUrl = `/periods/${demoPeriod.id}`;

function mockOpenPeriod() {
  return mockApi({
    'GET /api/auth/me': { status: 200, body: officeUser },
    [`GET /api${periodUrl}`]: { status: 200, body: demoPeriod },
    [`GET /api${periodUrl}/task-groups`]: { status: 200, body: page(demoTaskGroups) },
    [`GET /api${periodUrl}/reminder-ladder`]: { status: 200, body: demoReminderLadder },
    [`GET /api${periodUrl}/agencies`]: { status: 200, body: { agencyIds: demoBoardRows.map((row) => row.agencyId) } },
    [`GET /api${periodUrl}/reports`]: { status: 200, body: page(demoBoardRows) },
  });
}

/** The board's cards (jsdom has no media queries: the phone layout renders). */
async function boardCards() {
  const board = await screen.findByRole('region', { name: 'Tình hình nộp báo cáo' });
  await within(board).findByText('Sở Ngoại vụ');
  return { board, cards: () => within(board).queryAllByRole('listitem') };
}

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]);
}

describe('ReviewBoard (Tình hình nộp báo cáo)', () => {
  it('lists every obligated unit with its state, timeliness in words and a link to its review', async () => {
    mockOpenPeriod();
    renderApp(periodUrl);
    const { board, cards } = await boardCards();

    expect(cards()).toHaveLength(5);
    const card = (name: string) => cards().find((item) => within(item).queryByText(name)) as HTMLElement;

    expect(within(card('Sở Ngoại vụ')).getByText('Đúng hạn')).toBeInTheDocument();
    expect(within(card('Sở Ngoại vụ')).getByText('Đã tiếp nhận')).toBeInTheDocument();
    // submitted at on the Vietnamese clock (02:20 UTC = 09:20 UTC+7)
    expect(within(card('Sở Ngoại vụ')).getByText('09:20 15/12/2021')).toBeInTheDocument();
    expect(within(card('Công an tỉnh')).getByText('Gửi trễ 3 ngày')).toBeInTheDocument();
    expect(within(card('Công an tỉnh')).getByText('Đã gửi')).toBeInTheDocument();
    expect(within(card('Huyện Bình Liêu')).getByText('Còn 2 ngày')).toBeInTheDocument();
    // the extension is marked beside the unit's own due date
    expect(within(card('Huyện Bình Liêu')).getByText('24/12/2021')).toBeInTheDocument();
    expect(within(card('Huyện Bình Liêu')).getByText('Gia hạn')).toBeInTheDocument();
    expect(within(card('Ban Quản lý Khu kinh tế tỉnh')).getByText('Quá hạn từ 17/12/2021')).toBeInTheDocument();
    expect(within(card('Liên đoàn Lao động tỉnh')).getByText('Yêu cầu bổ sung')).toBeInTheDocument();

    expect(within(board).getByRole('link', { name: 'Công an tỉnh' })).toHaveAttribute('href', '/reports/r-ca/review');

    // counts: submitted (on time + late) of all, on time, late, missing
    const counts = within(board).getByRole('group', { name: 'Tổng hợp tình hình nộp' });
    expect(counts).toHaveTextContent('Đã gửi3/5');
    expect(counts).toHaveTextContent('Đúng hạn2');
    expect(counts).toHaveTextContent('Trễ hạn1');
    expect(counts).toHaveTextContent('Chưa gửi2');
  });

  it('filters by submission status and by state', async () => {
    mockOpenPeriod();
    renderApp(periodUrl);
    const { board, cards } = await boardCards();

    await choose('Tình hình nộp', 'Chưa gửi (quá hạn)');
    expect(cards()).toHaveLength(1);
    expect(within(board).getByText('Ban Quản lý Khu kinh tế tỉnh')).toBeInTheDocument();
    expect(within(board).queryByText('Sở Ngoại vụ')).not.toBeInTheDocument();

    await choose('Tình hình nộp', 'Đúng hạn');
    expect(cards()).toHaveLength(2);

    // both filters apply
    await choose('Trạng thái', 'Yêu cầu bổ sung');
    expect(cards()).toHaveLength(1);
    expect(within(board).getByText('Liên đoàn Lao động tỉnh')).toBeInTheDocument();

    await choose('Trạng thái', 'Đã gửi');
    expect(cards()).toHaveLength(0);
    expect(within(board).getByText('Không có đơn vị phù hợp với bộ lọc.')).toBeInTheDocument();
  });
});
