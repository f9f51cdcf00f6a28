import { isLocalDate, type AuditLogQuery } from '@giao-ban/shared';
import { useSearchParams } from 'react-router';
import { parsePage } from '@/lib/search-params';

export interface AuditFilters {
  actorId: string | undefined;
  agencyId: string | undefined;
  objectType: string | undefined;
  action: string | undefined;
  from: string | undefined;
  to: string | undefined;
  page: number;
}

const KEYS = ['actorId', 'agencyId', 'objectType', 'action', 'from', 'to'] as const;

/** The browser's filters and page, kept in the URL (`/audit?actorId=&agencyId=&objectType=&action=&from=&to=&page=`). */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const date = (key: string) => {
    const value = params.get(key);
    return isLocalDate(value) ? value : undefined;
  };
  const filters: AuditFilters = {
    actorId: text('actorId'),
    agencyId: text('agencyId'),
    objectType: text('objectType'),
    action: text('action'),
    from: date('from'),
    to: date('to'),
    page: parsePage(params.get('page')),
  };
  const query: AuditLogQuery = { page: filters.page };
  for (const key of KEYS) if (filters[key]) query[key] = filters[key];

  /** A new filter starts again from the first page; a new page keeps the filters. */
  const update = (change: Partial<AuditFilters>) => {
    const next = { ...filters, ...change, page: change.page ?? 1 };
    const search = new URLSearchParams();
    for (const key of KEYS) if (next[key]) search.set(key, next[key]);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  const filtered = KEYS.some((key) => filters[key]);
  return { filters, query, update, filtered, clear: () => setParams(new URLSearchParams()) };
}
