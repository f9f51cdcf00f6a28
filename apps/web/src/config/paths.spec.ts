import type { Role } from '@giao-ban/shared';
import { navigationForRole } from '@/app/navigation';
import { i18n } from '@/lib/i18n';
import { homeForRole } from './paths';

const ROLES: Role[] = ['office', 'leader', 'agency_reporter', 'agency_head', 'admin'];

describe('homeForRole', () => {
  it.each(ROLES)('lands %s on the first entry of its menu', (role) => {
    const [first] = navigationForRole(role, i18n.t);
    expect(homeForRole(role)).toBe(first.href);
  });

  it('lands the administrator on the accounts list', () => {
    expect(homeForRole('admin')).toBe('/users');
  });
});
