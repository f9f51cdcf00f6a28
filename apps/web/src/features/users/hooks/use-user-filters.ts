import { ROLES, type Role, type UserListQuery } from '@giao-ban/shared';
import { useSearchParams } from 'react-router';
import { parsePage } from '@/lib/search-params';

export type ActiveFilter = 'true' | 'false' | undefined;

export interface UserFilters {
  search: string;
  role: Role | undefined;
  agencyId: string | undefined;
  active: ActiveFilter;
  page: number;
}

/** The list's filters and page, kept in the URL (`/users?search=&role=&agencyId=&active=&page=`). */
export function useUserFilters() {
  const [params, setParams] = useSearchParams();
  const role = params.get('role');
  const active = params.get('active');
  const filters: UserFilters = {
    search: params.get('search')?.trim() ?? '',
    role: (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : undefined,
    agencyId: params.get('agencyId') || undefined,
    active: active === 'true' || active === 'false' ? active : undefined,
    page: parsePage(params.get('page')),
  };

  const query: UserListQuery = {
    page: filters.page,
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.agencyId ? { agencyId: filters.agencyId } : {}),
    ...(filters.active ? { active: filters.active === 'true' } : {}),
  };

  /** A new filter starts again from the first page; a new page keeps the filters. */
  const update = (change: Partial<UserFilters>) => {
    const next = { ...filters, ...change, page: change.page ?? 1 };
    const search = new URLSearchParams();
    if (next.search) search.set('search', next.search);
    if (next.role) search.set('role', next.role);
    if (next.agencyId) search.set('agencyId', next.agencyId);
    if (next.active) search.set('active', next.active);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  const filtered = Boolean(filters.search || filters.role || filters.agencyId || filters.active);
  return { filters, query, update, filtered, clear: () => setParams(new URLSearchParams()) };
}
