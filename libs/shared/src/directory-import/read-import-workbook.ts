import type { ImportCell, ImportColumn, ImportProblem, ImportRow, ImportRows, ImportSheet } from './directory-import.types.js';
import { importProblem } from './import-problems.js';
import {
  headerKey,
  IMPORT_COLUMN_SPECS,
  IMPORT_HEADER_SEARCH_ROWS,
  IMPORT_SHEET_NAMES,
  MAX_IMPORT_ROWS,
  type ImportColumnSpec,
} from './import-workbook-format.js';

/** A worksheet as plain values: its name and its non-empty rows with their Excel row numbers, cells from column A. */
export interface ImportSheetGrid {
  name: string;
  rows: { row: number; cells: ImportCell[] }[];
}

/** Blank text is an empty cell; other text loses the spaces around it. */
function cellValue(cell: ImportCell | undefined): ImportCell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text === '' ? null : text;
  }
  return cell;
}

function readSheet<C extends ImportColumn>(
  sheet: ImportSheet,
  grid: ImportSheetGrid,
  specs: readonly ImportColumnSpec<C>[],
  problems: ImportProblem[],
): ImportRow<C>[] {
  const sheetName = IMPORT_SHEET_NAMES[sheet];
  const wanted = new Map(specs.map((s) => [headerKey(s.header), s.key]));
  const headerCandidates = grid.rows.slice(0, IMPORT_HEADER_SEARCH_ROWS).map((r) => {
    const columns = new Map<C, number>();
    r.cells.forEach((cell, index) => {
      const key = cell === null || cell === undefined ? undefined : wanted.get(headerKey(String(cell)));
      if (key && !columns.has(key)) columns.set(key, index);
    });
    return { row: r.row, columns };
  });
  // The header is the first row naming two of the columns: a title line above it names none.
  const header = headerCandidates.find((c) => c.columns.size >= 2);
  const missing = specs.filter((s) => !header?.columns.has(s.key));
  for (const spec of missing) problems.push(importProblem(sheet, header?.row ?? null, spec.key, 'missingColumn', { sheetName, header: spec.header }));
  if (!header || missing.length) return [];

  const rows: ImportRow<C>[] = [];
  for (const r of grid.rows) {
    if (r.row <= header.row) continue;
    const cells: Partial<Record<C, ImportCell>> = {};
    let empty = true;
    for (const [key, index] of header.columns) {
      const value = cellValue(r.cells[index]);
      cells[key] = value;
      if (value !== null) empty = false;
    }
    if (!empty) rows.push({ row: r.row, cells });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    problems.push(importProblem(sheet, null, null, 'tooManyRows', { sheetName, count: rows.length, max: MAX_IMPORT_ROWS }));
    return rows.slice(0, MAX_IMPORT_ROWS);
  }
  return rows;
}

/**
 * The data rows of the units and users sheets of a workbook, found by the sheets' names and the
 * columns' headers (any case, with or without marks, "(*)" or notes; columns in any order, others
 * ignored), and what makes the file as a whole unreadable: a sheet or a column missing, too many
 * rows, no data at all. Blank rows are skipped.
 */
export function readImportWorkbook(grids: readonly ImportSheetGrid[]): { rows: ImportRows; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const gridOf = (sheet: ImportSheet) => {
    const grid = grids.find((g) => headerKey(g.name) === headerKey(IMPORT_SHEET_NAMES[sheet]));
    if (!grid) problems.push(importProblem(sheet, null, null, 'missingSheet', { sheetName: IMPORT_SHEET_NAMES[sheet] }));
    return grid;
  };
  const unitsGrid = gridOf('units');
  const usersGrid = gridOf('users');
  const rows: ImportRows = {
    units: unitsGrid ? readSheet('units', unitsGrid, IMPORT_COLUMN_SPECS.units, problems) : [],
    users: usersGrid ? readSheet('users', usersGrid, IMPORT_COLUMN_SPECS.users, problems) : [],
  };
  if (problems.length === 0 && rows.units.length === 0 && rows.users.length === 0) problems.push(importProblem(null, null, null, 'noRows'));
  return { rows, problems };
}
