import type { VersionComparison } from '@giao-ban/shared';
import { screen, within } from '@testing-library/react';
import { mockApi } from '@/testing/mock-api';
import { REPORT_ID, unitReporter } from '@/testing/report-fixtures';
import { renderApp } from '@/testing/test-app';

const versions = [
  { number: 1, submittedAt: '2021-12-17T09:45:00.000Z', submittedByName: 'Cán bộ đầu mối', onTime: true },
  { number: 2, submittedAt: '2021-12-21T03:00:00.000Z', submittedByName: 'Cán bộ đầu mối', onTime: true },
];

const comparison: VersionComparison = {
  from: 1,
  to: 2,
  sections: [
    { key: 'tg:1', title: '(1) Thực hiện tốt công tác thông tin đối ngoại', changed: false, statusFrom: 'done', statusTo: 'done', diff: [{ value: 'Không đổi.' }] },
    {
      key: 'tg:7',
      title: '(7) Tập huấn về công tác thông tin đối ngoại',
      changed: true,
      statusFrom: 'in_progress',
      statusTo: 'done',
      diff: [{ value: 'Đã tổ chức ' }, { value: '2', removed: true }, { value: '4', added: true }, { value: ' lớp tập huấn.' }],
    },
  ],
};

describe('VersionCompare', () => {
  it('shows the word diff of the changed sections, removed struck through and added marked', async () => {
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: unitReporter },
      [`GET /api/reports/${REPORT_ID}/versions`]: { status: 200, body: versions },
      [`GET /api/reports/${REPORT_ID}/compare`]: { status: 200, body: comparison },
    });
    renderApp(`/reports/${REPORT_ID}/compare?from=1&to=2`);

    const changed = (await screen.findByText('(7) Tập huấn về công tác thông tin đối ngoại', { selector: 'h3' })).closest('section') as HTMLElement;
    expect(within(changed).getByText('2', { selector: 'del' })).toBeInTheDocument();
    expect(within(changed).getByText('4', { selector: 'ins' })).toBeInTheDocument();
    expect(within(changed).getByText('Tình trạng: Đang thực hiện → Đã hoàn thành')).toBeInTheDocument();
    expect(screen.queryByText('(1) Thực hiện tốt công tác thông tin đối ngoại')).not.toBeInTheDocument();
    expect(screen.getByText('Không thay đổi: 1 phần')).toBeInTheDocument();
    expect(Object.fromEntries(api.sent('GET', `/api/reports/${REPORT_ID}/compare`)[0].search)).toEqual({ from: '1', to: '2' });
  });

  it('needs two versions', async () => {
    const api = mockApi({
      'GET /api/auth/me': { status: 200, body: unitReporter },
      [`GET /api/reports/${REPORT_ID}/versions`]: { status: 200, body: versions.slice(0, 1) },
    });
    renderApp(`/reports/${REPORT_ID}/compare`);

    expect(await screen.findByText('Cần ít nhất hai phiên bản để so sánh.')).toBeInTheDocument();
    expect(api.sent('GET', `/api/reports/${REPORT_ID}/compare`)).toHaveLength(0);
  });
});
