import { foldVietnamese, type Agency, type AuditLogFacets } from '@giao-ban/shared';
import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilters as Filters } from '../hooks/use-audit-filters';
import { actionLabel, objectTypeLabel } from '../utils/audit-labels';

export interface AuditFiltersProps {
  filters: Filters;
  units: Agency[];
  facets: AuditLogFacets | undefined;
  filtered: boolean;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

const searchable = {
  filterOption: (input: string, option?: { label?: unknown }) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)),
};

/** Actor, unit, object type, action and a range of days (dd/MM/yyyy) above the log. */
export function AuditFilters({ filters, units, facets, filtered, onChange, onClear }: AuditFiltersProps) {
  const { t } = useTranslation();
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null;

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <Select
        aria-label={t('auditLog.filters.actor')}
        value={filters.actorId ?? ''}
        onChange={(actorId: string) => onChange({ actorId: actorId || undefined })}
        showSearch={searchable}
        options={[
          { value: '', label: t('auditLog.filters.allActors') },
          ...(facets?.actors ?? []).map((a) => ({ value: a.id, label: `${a.fullName} (${a.login})` })),
        ]}
        style={{ flex: '1 1 220px', minWidth: 0 }}
      />
      <Select
        aria-label={t('auditLog.filters.unit')}
        value={filters.agencyId ?? ''}
        onChange={(agencyId: string) => onChange({ agencyId: agencyId || undefined })}
        showSearch={searchable}
        options={[{ value: '', label: t('auditLog.filters.allUnits') }, ...units.map((unit) => ({ value: unit.id, label: unit.name }))]}
        style={{ flex: '1 1 220px', minWidth: 0 }}
      />
      <Select
        aria-label={t('auditLog.filters.objectType')}
        value={filters.objectType ?? ''}
        onChange={(objectType: string) => onChange({ objectType: objectType || undefined })}
        options={[
          { value: '', label: t('auditLog.filters.allObjectTypes') },
          ...(facets?.objectTypes ?? []).map((type) => ({ value: type, label: objectTypeLabel(type, t) })),
        ]}
        style={{ flex: '1 1 160px', minWidth: 0 }}
      />
      <Select
        aria-label={t('auditLog.filters.action')}
        value={filters.action ?? ''}
        onChange={(action: string) => onChange({ action: action || undefined })}
        showSearch={searchable}
        options={[
          { value: '', label: t('auditLog.filters.allActions') },
          ...(facets?.actions ?? []).map((action) => ({ value: action, label: actionLabel(action, t) })),
        ]}
        style={{ flex: '1 1 200px', minWidth: 0 }}
      />
      <DatePicker.RangePicker
        aria-label={t('auditLog.filters.dates')}
        format="DD/MM/YYYY"
        placeholder={[t('auditLog.filters.from'), t('auditLog.filters.to')]}
        allowEmpty={[true, true]}
        value={range}
        onChange={(dates) =>
          onChange({ from: dates?.[0]?.format('YYYY-MM-DD') ?? undefined, to: dates?.[1]?.format('YYYY-MM-DD') ?? undefined })
        }
        style={{ flex: '1 1 260px', minWidth: 0 }}
      />
      {filtered ? <Button onClick={onClear}>{t('auditLog.filters.clear')}</Button> : null}
    </Flex>
  );
}
