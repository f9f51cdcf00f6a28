import type { CurrentUser, UserAccount } from '@giao-ban/shared';

export const adminUser: CurrentUser = {
  id: 'u-admin',
  login: 'quantri',
  fullName: 'Quản trị hệ thống',
  role: 'admin',
  agencyId: null,
  agencyName: null,
  mustChangePassword: false,
};

export function account(overrides: Partial<UserAccount> & Pick<UserAccount, 'id' | 'login' | 'fullName'>): UserAccount {
  return {
    email: null,
    phone: null,
    role: 'agency_reporter',
    agencyId: 'a-snv',
    agencyName: 'Sở Ngoại vụ',
    active: true,
    mustChangePassword: false,
    lastSignInAt: '2021-12-15T02:20:00.000Z',
    createdAt: '2021-12-01T01:00:00.000Z',
    ...overrides,
  };
}

/** The accounts as the administrator's list shows them: one of each situation. */
export const demoAccounts: UserAccount[] = [
  account({ id: 'u-admin', login: 'quantri', fullName: 'Quản trị hệ thống', role: 'admin', agencyId: null, agencyName: null }),
  account({ id: 'u-snv', login: 'songoaivu', fullName: 'Trần Văn Minh', email: 'minh@songoaivu.gov.vn', phone: '0203 3835 123' }),
  account({ id: 'u-new', login: 'nguyenvana', fullName: 'Nguyễn Văn A', mustChangePassword: true, lastSignInAt: null }),
  account({ id: 'u-old', login: 'cuonghd', fullName: 'Hoàng Đức Cường', active: false, agencyId: 'a-bl', agencyName: 'Huyện Bình Liêu' }),
];
