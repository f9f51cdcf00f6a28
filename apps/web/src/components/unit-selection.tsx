import { manualReminderRefusal, type ReportState } from '@giao-ban/shared';
import { Button, Flex, Typography, type TableProps } from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A unit chosen in a list, named as the list shows it. */
export interface SelectedUnit {
  agencyId: string;
  agencyName: string;
}

/**
 * What a list of units lets its user do with the units chosen in it (the office's đôn đốc). The app
 * gives it; a list given none offers no choice at all.
 */
export interface UnitSelectionAction {
  /** The control acting on `units`; it calls `clear` once it is done with them. */
  render: (units: SelectedUnit[], clear: () => void) => ReactNode;
}

/** A unit whose report is still to be sent (a returned one included): the only ones the office may chase. */
export function awaitsSubmission(row: { state: ReportState }): boolean {
  return manualReminderRefusal(row.state) === null;
}

export interface UnitSelection {
  units: SelectedUnit[];
  isChosen: (agencyId: string) => boolean;
  /** Chooses or drops each of `units`. */
  set: (units: SelectedUnit[], chosen: boolean) => void;
  /** Chooses exactly `units`. */
  replace: (units: SelectedUnit[]) => void;
  clear: () => void;
}

/** The units chosen in a list, kept by unit while the list refreshes, filters or pages. */
export function useUnitSelection(): UnitSelection {
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const set = useCallback((units: SelectedUnit[], on: boolean) => {
    setChosen((current) => {
      const next = new Map(current);
      for (const unit of units) {
        if (on) next.set(unit.agencyId, unit.agencyName);
        else next.delete(unit.agencyId);
      }
      return next;
    });
  }, []);
  const replace = useCallback((units: SelectedUnit[]) => setChosen(new Map(units.map((unit) => [unit.agencyId, unit.agencyName]))), []);
  const clear = useCallback(() => setChosen(new Map()), []);
  return useMemo(
    () => ({
      units: [...chosen].map(([agencyId, agencyName]) => ({ agencyId, agencyName })),
      isChosen: (agencyId: string) => chosen.has(agencyId),
      set,
      replace,
      clear,
    }),
    [chosen, set, replace, clear],
  );
}

type UnitRow = SelectedUnit & { reportId: string; state: ReportState };

/**
 * A table's checkboxes over a unit selection (rows keyed by report): only units whose report is
 * still to be sent can be chosen; each checkbox is named by its unit.
 */
export function unitRowSelection<Row extends UnitRow>(rows: readonly Row[], selection: UnitSelection, checkboxLabel: (row: Row) => string): NonNullable<TableProps<Row>['rowSelection']> {
  const toUnits = (chosen: readonly Row[]) => chosen.map(({ agencyId, agencyName }) => ({ agencyId, agencyName }));
  return {
    selectedRowKeys: rows.filter((row) => selection.isChosen(row.agencyId)).map((row) => row.reportId),
    getCheckboxProps: (row) => ({ disabled: !awaitsSubmission(row), 'aria-label': checkboxLabel(row) }),
    onSelect: (row, chosen) => selection.set(toUnits([row]), chosen),
    onSelectAll: (chosen, _rows, changed) => selection.set(toUnits(changed.filter(awaitsSubmission)), chosen),
  };
}

/** Above a list with a choice: how many units are chosen, the list's shortcuts, the app's action, and a way to clear. */
export function UnitSelectionBar({ selection, action, shortcuts }: { selection: UnitSelection; action: UnitSelectionAction; shortcuts?: ReactNode }) {
  const { t } = useTranslation();
  const count = selection.units.length;
  return (
    <Flex wrap gap={8} align="center" role="group" aria-label={t('common.selection.label')} style={{ marginBottom: 12 }}>
      {shortcuts}
      <Typography.Text type="secondary" aria-live="polite">
        {t('common.selection.count', { count })}
      </Typography.Text>
      {count > 0 ? <Button onClick={selection.clear}>{t('common.selection.clear')}</Button> : null}
      {action.render(selection.units, selection.clear)}
    </Flex>
  );
}
