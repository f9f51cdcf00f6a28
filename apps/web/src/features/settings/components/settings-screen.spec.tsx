import { COMMITTEE_SETTINGS_SEED, type CommitteeSettingsView, type HolidayYear } from '@giao-ban/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { officeUser } from '@/testing/fixtures';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';
import { adminUser } from '@/testing/user-fixtures';

const shipped: CommitteeSettingsView = { ...COMMITTEE_SETTINGS_SEED, updatedAt: '2026-01-05T02:00:00.000Z', updatedByName: null };

const holidays2026: HolidayYear = {
  year: 2026,
  holidays: [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    { date: '2026-04-30', name: 'Ngày Chiến thắng' },
  ],
  yearsWithHolidays: [2026],
};

function renderSettings(extra: MockRoutes = {}) {
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: adminUser },
    'GET /api/settings': { status: 200, body: shipped },
    'GET /api/settings/holidays': { status: 200, body: holidays2026 },
    // What production answers: the demo clock exists only in the demo build.
    'GET /api/demo-clock': { status: 404, body: { code: 'NOT_FOUND', message: 'No demo clock' } },
    ...extra,
  });
  return { api, ...renderApp('/settings') };
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const committeeCard = () => screen.getByText('Thông tin Ban Chỉ đạo trên văn bản').closest('.ant-card') as HTMLElement;
const holidaysCard = () => screen.getByText('Ngày nghỉ lễ', { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;

describe('SettingsScreen (Cài đặt)', () => {
  // "This year" is 2026 for the holidays: 2027 has no list yet.
  beforeEach(() => {
    jest.useFakeTimers({
      now: new Date('2026-05-04T03:00:00Z'),
      doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'hrtime', 'performance'],
    });
  });
  afterEach(() => jest.useRealTimers());

  it('shows the committee settings and sends only what changed, as it will be stored', async () => {
    const { api } = renderSettings({
      'PUT /api/settings': (request) => ({
        status: 200,
        body: { ...shipped, ...(request.body as object), updatedAt: '2026-05-04T03:00:00.000Z', updatedByName: 'Quản trị hệ thống' },
      }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cài đặt' })).toBeInTheDocument();
    expect(await screen.findByDisplayValue('BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI')).toBeInTheDocument();
    const card = committeeCard();
    expect(within(card).getByDisplayValue('TỈNH ỦY QUẢNG NINH')).toBeInTheDocument();
    expect(within(card).getByDisplayValue('UBND TỈNH QUẢNG NINH')).toBeInTheDocument();
    expect(within(card).getByDisplayValue('T/M BAN CHỈ ĐẠO')).toBeInTheDocument();
    expect(within(card).getByDisplayValue('TM. BAN CHỈ ĐẠO')).toBeInTheDocument();
    expect(within(card).getByRole('radio', { name: 'Thể thức Đảng (Hướng dẫn 36)' })).toBeChecked();
    expect((within(card).getByLabelText('Nơi nhận') as HTMLTextAreaElement).value).toBe(COMMITTEE_SETTINGS_SEED.recipients.join('\n'));
    expect(within(card).getByText('Chưa thay đổi kể từ khi cài đặt hệ thống.')).toBeInTheDocument();

    fireEvent.change(field('Địa danh'), { target: { value: '  Hạ   Long ' } });
    fireEvent.change(field('Họ và tên người ký'), { target: { value: 'Nguyễn Văn An' } });
    fireEvent.click(within(card).getByRole('radio', { name: 'Thể thức Nhà nước (Nghị định 30)' }));
    fireEvent.change(within(card).getByLabelText('Nơi nhận'), { target: { value: '- Thường trực Tỉnh ủy (b/c);\n\n- Lưu: VT, BCĐ.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu cài đặt' }));

    await waitFor(() => expect(api.sent('PUT', '/api/settings')).toHaveLength(1));
    expect(api.sent('PUT', '/api/settings')[0]!.body).toEqual({
      signerName: 'Nguyễn Văn An',
      place: 'Hạ Long',
      defaultStyle: 'state',
      recipients: ['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT, BCĐ'],
    });
    expect(await screen.findByText('Đã lưu cài đặt.')).toBeInTheDocument();
    expect(await within(card).findByText('Cập nhật lần cuối lúc 10:00 04/05/2026 bởi Quản trị hệ thống.', { exact: false })).toBeInTheDocument();
  });

  it('checks each field as the API does before asking it, and shows the API\'s field errors on their fields', async () => {
    const { api } = renderSettings({
      'PUT /api/settings': {
        status: 422,
        body: {
          code: 'VALIDATION_FAILED',
          message: 'The request has invalid fields.',
          details: [{ field: 'stateParentBody', constraints: { maxLength: 'stateParentBody must be at most 200 characters' } }],
        },
      },
    });
    await screen.findByDisplayValue('BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI');
    const card = committeeCard();

    // Empty, or two lines: refused here, nothing sent.
    fireEvent.change(field('Tên Ban Chỉ đạo (cơ quan ban hành)'), { target: { value: '   ' } });
    fireEvent.change(within(card).getByLabelText('Nơi nhận'), { target: { value: '\n \n' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await within(card).findByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    expect(await within(card).findByText('Cần ít nhất một nơi nhận.')).toBeInTheDocument();
    expect(api.sent('PUT', '/api/settings')).toHaveLength(0);

    // What the API refuses is shown on the field it names.
    fireEvent.change(field('Tên Ban Chỉ đạo (cơ quan ban hành)'), { target: { value: 'BAN CHỈ ĐẠO' } });
    fireEvent.change(within(card).getByLabelText('Nơi nhận'), { target: { value: 'Lưu: VT' } });
    await waitFor(() => expect(within(card).queryByText('Vui lòng nhập thông tin này.')).not.toBeInTheDocument());
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(api.sent('PUT', '/api/settings')).toHaveLength(1));
    const stateParent = within(card).getAllByLabelText('Cơ quan cấp trên')[1]!.closest('.ant-form-item') as HTMLElement;
    expect(await within(stateParent).findByText('Tối đa 200 ký tự.')).toBeInTheDocument();
    expect(within(card).getByRole('alert')).toHaveTextContent('Dữ liệu không hợp lệ');
  });

  it('edits one year\'s public holidays, warns of the years without a list and checks the days before saving', async () => {
    const { api } = renderSettings({
      'PUT /api/settings/holidays/2026': (request) => ({ status: 200, body: { ...holidays2026, holidays: (request.body as HolidayYear).holidays } }),
    });
    await screen.findByDisplayValue('Tết Dương lịch');
    const card = holidaysCard();
    expect(within(card).getByText('Chưa có danh sách ngày nghỉ lễ năm 2027: hạn nộp rơi vào ngày lễ của năm đó sẽ không được lùi.')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Nhập năm 2027' })).toBeInTheDocument();
    expect(within(card).getByText(/hạn nộp của các kỳ đã tạo không thay đổi/)).toBeInTheDocument();
    expect(within(card).getByLabelText('Ngày nghỉ thứ 1')).toHaveValue('01/01/2026');
    expect(within(card).getByLabelText('Ngày nghỉ thứ 2')).toHaveValue('30/04/2026');
    const save = () => fireEvent.click(within(card).getByRole('button', { name: 'Lưu ngày nghỉ năm 2026' }));
    /** Types a date into the picker as a keyboard user does, and confirms it with Enter. */
    const typeDate = (input: HTMLElement, text: string) => {
      fireEvent.mouseDown(input);
      fireEvent.focus(input);
      fireEvent.change(input, { target: { value: text } });
      fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    };

    // A third day: the same date as the first is refused here (libs/shared's rule), and so is a missing name.
    fireEvent.click(within(card).getByRole('button', { name: 'Thêm ngày nghỉ' }));
    const date3 = within(card).getByLabelText('Ngày nghỉ thứ 3');
    typeDate(date3, '01/01/2026');
    save();
    expect(await within(card).findByText('Nhập tên ngày lễ.')).toBeInTheDocument();
    fireEvent.change(within(card).getByLabelText('Tên ngày nghỉ thứ 3'), { target: { value: 'Tết (nhập lại)' } });
    save();
    expect(await within(card).findByText('Ngày này đã có trong danh sách.')).toBeInTheDocument();
    expect(api.sent('PUT', '/api/settings/holidays/2026')).toHaveLength(0);

    // Another day instead, and the second removed: the whole list is sent.
    typeDate(date3, '02/09/2026');
    fireEvent.change(within(card).getByLabelText('Tên ngày nghỉ thứ 3'), { target: { value: ' Quốc khánh ' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Xóa ngày nghỉ thứ 2' }));
    save();
    await waitFor(() => expect(api.sent('PUT', '/api/settings/holidays/2026')).toHaveLength(1));
    expect(api.sent('PUT', '/api/settings/holidays/2026')[0]!.body).toEqual({
      holidays: [
        { date: '2026-01-01', name: 'Tết Dương lịch' },
        { date: '2026-09-02', name: ' Quốc khánh ' },
      ],
    });
    expect(await screen.findByText('Đã lưu ngày nghỉ lễ năm 2026.')).toBeInTheDocument();
    // antd's date pickers under jsdom are slow on a busy machine (about 20 s here).
  }, 60_000);

  it('edits the committee\'s default reminder ladder with the period page\'s controls, and shows the API\'s field errors', async () => {
    const { api } = renderSettings({
      'PUT /api/settings': (request) => {
        const ladder = (request.body as { reminderLadder: { daysBefore: number[] } }).reminderLadder;
        if (ladder.daysBefore.includes(14)) {
          return { status: 422, body: { code: 'VALIDATION_FAILED', message: 'invalid', details: [{ field: 'reminderLadder.daysBefore.0', constraints: { range: 'x' } }] } };
        }
        return { status: 200, body: { ...shipped, reminderLadder: ladder, updatedAt: '2026-05-04T03:00:00.000Z', updatedByName: 'Quản trị hệ thống' } };
      },
    });
    const card = (await screen.findByText('Lịch nhắc hạn mặc định', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    expect(await within(card).findByText('Nhắc trước hạn 7, 3 và 1 ngày; vào ngày đến hạn; sau hạn nhắc lại mỗi 3 ngày.')).toBeInTheDocument();
    const days = within(card).getByLabelText('Nhắc trước hạn (số ngày)');
    const addDay = (value: string) => {
      fireEvent.change(days, { target: { value } });
      fireEvent.keyDown(days, { key: 'Enter', code: 'Enter', keyCode: 13 });
      fireEvent.blur(days);
    };
    const save = within(card).getByRole('button', { name: 'Lưu lịch nhắc hạn' });

    // Checked as typed by libs/shared's rule: nothing is sent.
    addDay('61');
    expect(await within(card).findByText('“61” không hợp lệ: số ngày là số nguyên từ 1 đến 60.')).toBeInTheDocument();
    expect(save).toBeDisabled();
    fireEvent.click(within(card).getByRole('button', { name: 'Hoàn tác' }));

    // No repeat after the due date, and 5 days before: the normalized ladder goes under reminderLadder.
    fireEvent.click(within(card).getByRole('switch', { name: 'Sau hạn, nhắc lại' }));
    addDay('5');
    fireEvent.click(save);
    await waitFor(() => expect(api.sent('PUT', '/api/settings')).toHaveLength(1));
    expect(api.sent('PUT', '/api/settings')[0]!.body).toEqual({ reminderLadder: { daysBefore: [7, 5, 3, 1], onDueDay: true, repeatEveryDays: null } });
    expect(await screen.findByText('Đã lưu lịch nhắc hạn mặc định.')).toBeInTheDocument();
    expect(await within(card).findByText('Nhắc trước hạn 7, 5, 3 và 1 ngày; vào ngày đến hạn.')).toBeInTheDocument();

    // The API's 422 under reminderLadder lands on the day it names.
    addDay('14');
    fireEvent.click(save);
    expect(await within(card).findByText('“14” không hợp lệ: số ngày là số nguyên từ 1 đến 60.')).toBeInTheDocument();
  }, 60_000);

  describe('demo clock', () => {
    const demoClockCard = () => screen.getByText('Đồng hồ demo', { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;

    it('is not there when the API has no demo clock (production answers 404)', async () => {
      const { api } = renderSettings();
      await screen.findByDisplayValue('BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI');
      await waitFor(() => expect(api.sent('GET', '/api/demo-clock')).toHaveLength(1));
      expect(screen.queryByText('Đồng hồ demo')).not.toBeInTheDocument();
    });

    it('shows the demo\'s time in Vietnam, moves it to the instant picked, and back to the real time', async () => {
      let state = { now: '2021-12-14T02:00:00.000Z', offsetMinutes: 5700 };
      const { api } = renderSettings({
        'GET /api/demo-clock': () => ({ status: 200, body: state }),
        'PUT /api/demo-clock': (request) => {
          const { now } = request.body as { now: string | null };
          state = now === null ? { now: '2026-05-04T03:00:00.000Z', offsetMinutes: 0 } : { now: new Date(now).toISOString(), offsetMinutes: 8130 };
          return { status: 200, body: state };
        },
      });
      await screen.findByText('Đồng hồ demo', { selector: '.ant-card-head-title' });
      const card = demoClockCard();
      expect(within(card).getByTestId('demo-clock-now')).toHaveTextContent('09:00 14/12/2021');
      expect(within(card).getByText('Nhanh hơn giờ thật 3 ngày 23 giờ.')).toBeInTheDocument();
      const set = within(card).getByRole('button', { name: 'Đặt' });
      expect(set).toBeDisabled();

      const picker = within(card).getByLabelText('Ngày giờ mới (giờ Việt Nam)');
      fireEvent.mouseDown(picker);
      fireEvent.focus(picker);
      fireEvent.change(picker, { target: { value: '17/12/2021 10:30' } });
      fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter', keyCode: 13 });
      await waitFor(() => expect(set).toBeEnabled());
      fireEvent.click(set);
      await waitFor(() => expect(api.sent('PUT', '/api/demo-clock')).toHaveLength(1));
      // Vietnam's wall-clock time, whatever the browser's zone.
      expect(api.sent('PUT', '/api/demo-clock')[0]!.body).toEqual({ now: '2021-12-17T10:30:00+07:00' });
      expect(await screen.findByText('Đã đặt đồng hồ demo: 10:30 17/12/2021.')).toBeInTheDocument();
      await waitFor(() => expect(within(card).getByTestId('demo-clock-now')).toHaveTextContent('10:30 17/12/2021'));
      expect(within(card).getByText('Nhanh hơn giờ thật 5 ngày 15 giờ 30 phút.')).toBeInTheDocument();

      fireEvent.click(within(card).getByRole('button', { name: 'Về giờ thật' }));
      await waitFor(() => expect(api.sent('PUT', '/api/demo-clock')).toHaveLength(2));
      expect(api.sent('PUT', '/api/demo-clock')[1]!.body).toEqual({ now: null });
      expect(await within(card).findByText('Đang chạy theo giờ thật.')).toBeInTheDocument();
      expect(within(card).getByRole('button', { name: 'Về giờ thật' })).toBeDisabled();
    }, 60_000);

    it('writes a distance of years in days as every other number is written (1.810, not 1810)', async () => {
      renderSettings({ 'GET /api/demo-clock': { status: 200, body: { now: '2021-12-20T03:00:00.000Z', offsetMinutes: -(1810 * 1440 + 12 * 60 + 22) } } });
      await screen.findByText('Đồng hồ demo', { selector: '.ant-card-head-title' });
      expect(within(demoClockCard()).getByText('Chậm hơn giờ thật 1.810 ngày 12 giờ 22 phút.')).toBeInTheDocument();
    });

    it('shows why the API refused an instant', async () => {
      renderSettings({
        'GET /api/demo-clock': { status: 200, body: { now: '2026-05-04T03:00:00.000Z', offsetMinutes: 0 } },
        'PUT /api/demo-clock': { status: 403, body: { code: 'FORBIDDEN', message: 'Forbidden' } },
      });
      await screen.findByText('Đồng hồ demo', { selector: '.ant-card-head-title' });
      const card = demoClockCard();
      const picker = within(card).getByLabelText('Ngày giờ mới (giờ Việt Nam)');
      fireEvent.mouseDown(picker);
      fireEvent.focus(picker);
      fireEvent.change(picker, { target: { value: '01/06/2026 08:00' } });
      fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter', keyCode: 13 });
      fireEvent.click(within(card).getByRole('button', { name: 'Đặt' }));
      expect(await within(card).findByRole('alert')).toBeInTheDocument();
    }, 60_000);
  });

  it('is in the administrator\'s menu, and that entry is the current one here', async () => {
    renderSettings();
    await screen.findByRole('heading', { level: 1, name: 'Cài đặt' });
    fireEvent.click(screen.getByRole('button', { name: 'Mở menu điều hướng' }));
    const link = within(await screen.findByRole('dialog')).getByRole('link', { name: 'Cài đặt' });
    expect(link).toHaveAttribute('href', '/settings');
    expect(link.closest('li')).toHaveClass('ant-menu-item-selected');
  });

  it('tells the office it may not open it', async () => {
    mockApi({ 'GET /api/auth/me': { status: 200, body: officeUser } });
    renderApp('/settings');
    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cài đặt' })).not.toBeInTheDocument();
  });
});
