import { foldVietnamese, ROLES, type Agency } from '@giao-ban/shared';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFilters as Filters } from '../hooks/use-user-filters';

export interface UserFiltersProps {
  filters: Filters;
  units: Agency[];
  filtered: boolean;
  onChange: (change: Partial<Filters>) => void;
  onClear: () => void;
}

/** Search box and the role, unit and state filters above the accounts list. */
export function UserFilters({ filters, units, filtered, onChange, onClear }: UserFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.search);
  // The URL is the truth: back/forward and "clear" update the box.
  useEffect(() => setSearch(filters.search), [filters.search]);

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <Input.Search
        aria-label={t('users.filters.search')}
        placeholder={t('users.filters.search')}
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onSearch={(value) => onChange({ search: value.trim() })}
        style={{ flex: '2 1 280px', minWidth: 0 }}
      />
      <Select
        aria-label={t('users.filters.role')}
        value={filters.role ?? ''}
        onChange={(role: string) => onChange({ role: (role || undefined) as Filters['role'] })}
        options={[{ value: '', label: t('users.filters.allRoles') }, ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
        style={{ flex: '1 1 180px', minWidth: 0 }}
      />
      <Select
        aria-label={t('users.filters.unit')}
        value={filters.agencyId ?? ''}
        onChange={(agencyId: string) => onChange({ agencyId: agencyId || undefined })}
        showSearch={{ filterOption: (input, option) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)) }}
        options={[{ value: '', label: t('users.filters.allUnits') }, ...units.map((unit) => ({ value: unit.id, label: unit.name }))]}
        style={{ flex: '1 1 220px', minWidth: 0 }}
      />
      <Select
        aria-label={t('users.filters.state')}
        value={filters.active ?? ''}
        onChange={(active: string) => onChange({ active: (active || undefined) as Filters['active'] })}
        options={[
          { value: '', label: t('users.filters.allStates') },
          { value: 'true', label: t('users.active') },
          { value: 'false', label: t('users.inactive') },
        ]}
        style={{ flex: '1 1 160px', minWidth: 0 }}
      />
      {filtered ? <Button onClick={onClear}>{t('users.filters.clear')}</Button> : null}
    </Flex>
  );
}
