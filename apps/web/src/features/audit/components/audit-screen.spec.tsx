import type { AuditLogEntry, AuditLogFacets } from '@giao-ban/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demoAgencies, officeUser, page, reporterUser } from '@/testing/fixtures';
import { mockApi, type MockRoutes } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-app';

const entry = (overrides: Partial<AuditLogEntry> & Pick<AuditLogEntry, 'id' | 'action' | 'objectType'>): AuditLogEntry => ({
  occurredAt: '2021-12-01T16:30:00Z',
  actorId: 'u-office',
  actorName: 'Phòng Thông tin - Tổng hợp',
  actorLogin: 'vanphong',
  actorRole: 'office',
  objectId: 'o-1',
  agencyId: null,
  agencyName: null,
  periodId: null,
  periodTitle: null,
  summary: {},
  ...overrides,
});

const events: AuditLogEntry[] = [
  entry({
    id: '3',
    action: 'report.submitted',
    objectType: 'report',
    actorName: 'Trần Văn Minh',
    actorLogin: 'songoaivu',
    actorRole: 'agency_reporter',
    agencyId: demoAgencies[0]!.id,
    agencyName: demoAgencies[0]!.name,
    periodId: 'p-1',
    periodTitle: 'Báo cáo tháng 12 năm 2021',
  }),
  entry({ id: '2', action: 'auth.signed_in', objectType: 'user' }),
  entry({ id: '1', action: 'custom.thing_done', objectType: 'gadget', actorId: null, actorName: null, actorLogin: null, actorRole: null }),
];

const facets: AuditLogFacets = {
  objectTypes: ['gadget', 'report', 'user'],
  actions: ['auth.signed_in', 'custom.thing_done', 'report.submitted'],
  actors: [{ id: 'u-office', fullName: 'Phòng Thông tin - Tổng hợp', login: 'vanphong' }],
};

function renderAudit(extra: MockRoutes = {}, url = '/audit') {
  const api = mockApi({
    'GET /api/auth/me': { status: 200, body: officeUser },
    'GET /api/audit': { status: 200, body: page(events, { total: 45 }) },
    'GET /api/audit/facets': { status: 200, body: facets },
    'GET /api/agencies': { status: 200, body: page(demoAgencies, { pageSize: 100 }) },
    ...extra,
  });
  return { api, ...renderApp(url) };
}

async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const options = await screen.findAllByText(option, { selector: '.ant-select-item-option-content' });
  fireEvent.click(options[options.length - 1]!);
}

describe('AuditScreen (Nhật ký hệ thống)', () => {
  it('lists events with time on the Vietnam clock, actor, role, unit, action in words, object and period', async () => {
    const { api } = renderAudit();
    expect(await screen.findByRole('heading', { level: 1, name: 'Nhật ký hệ thống' })).toBeInTheDocument();
    const row = (await screen.findByText('Trần Văn Minh')).closest('tr') as HTMLElement;
    expect(within(row).getByText('23:30 01/12/2021')).toBeInTheDocument();
    expect(within(row).getByText('songoaivu')).toBeInTheDocument();
    expect(within(row).getByText('Cán bộ đầu mối')).toBeInTheDocument();
    expect(within(row).getByText(demoAgencies[0]!.name)).toBeInTheDocument();
    expect(within(row).getByText('Gửi báo cáo')).toBeInTheDocument();
    expect(within(row).getByText('Báo cáo')).toBeInTheDocument();
    expect(within(row).getByText('Báo cáo tháng 12 năm 2021')).toBeInTheDocument();
    expect(screen.getByText('Đăng nhập')).toBeInTheDocument();
    // unknown actions and object types are shown as recorded; no actor is the system
    const unknown = screen.getByText('custom.thing_done').closest('tr') as HTMLElement;
    expect(within(unknown).getByText('gadget')).toBeInTheDocument();
    expect(within(unknown).getByText('Hệ thống')).toBeInTheDocument();
    expect(screen.getByText('45 sự kiện')).toBeInTheDocument();
    expect(Object.fromEntries(api.sent('GET', '/api/audit')[0]!.search)).toEqual({ page: '1', pageSize: '20' });
  });

  it('filters through the URL, asks the API with them, and exports with the same filters', async () => {
    const { api, router } = renderAudit();
    await screen.findByText('Trần Văn Minh');
    await choose('Hành động', 'Gửi báo cáo');
    await waitFor(() => expect(router.state.location.search).toBe('?action=report.submitted'));
    await choose('Đơn vị', demoAgencies[0]!.name);
    await choose('Người thực hiện', 'Phòng Thông tin - Tổng hợp (vanphong)');
    await waitFor(() =>
      expect(Object.fromEntries(api.sent('GET', '/api/audit').at(-1)!.search)).toEqual({
        page: '1',
        pageSize: '20',
        action: 'report.submitted',
        agencyId: demoAgencies[0]!.id,
        actorId: 'u-office',
      }),
    );
    const exportLink = screen.getByRole('link', { name: 'Xuất Excel' });
    const href = new URL(exportLink.getAttribute('href')!, 'http://localhost');
    expect(href.pathname).toBe('/api/audit/export.xlsx');
    expect(Object.fromEntries(href.searchParams)).toEqual({ action: 'report.submitted', agencyId: demoAgencies[0]!.id, actorId: 'u-office' });
  });

  it('takes dates from the URL as Vietnam days, shown dd/MM/yyyy, and pages keep the filters', async () => {
    const { api } = renderAudit({}, '/audit?from=2021-12-01&to=2021-12-31&objectType=report');
    await screen.findByText('Trần Văn Minh');
    expect(screen.getByDisplayValue('01/12/2021')).toBeInTheDocument();
    expect(screen.getByDisplayValue('31/12/2021')).toBeInTheDocument();
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() =>
      expect(Object.fromEntries(api.sent('GET', '/api/audit').at(-1)!.search)).toEqual({
        page: '2',
        pageSize: '20',
        from: '2021-12-01',
        to: '2021-12-31',
        objectType: 'report',
      }),
    );
  });

  it('is not offered to member units', async () => {
    mockApi({ 'GET /api/auth/me': { status: 200, body: reporterUser } });
    renderApp('/audit');
    expect(await screen.findByText('Không có quyền truy cập')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nhật ký hệ thống' })).not.toBeInTheDocument();
  });
});
