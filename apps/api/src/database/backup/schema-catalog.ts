import type pg from 'pg';

/**
 * COPY's text depends on a few settings: the same on both sides, whatever the server's defaults
 * (timestamps written in UTC with their offset, ISO dates, all float digits).
 */
export const SESSION_SETTINGS = `
  SET LOCAL TimeZone = 'UTC';
  SET LOCAL DateStyle = 'ISO, YMD';
  SET LOCAL IntervalStyle = 'postgres';
  SET LOCAL extra_float_digits = 3;
  SET LOCAL client_encoding = 'UTF8'`;

type Queryable = Pick<pg.ClientBase, 'query'>;

export interface CatalogTable {
  name: string;
  /** In column order, without generated columns (COPY cannot write them). */
  columns: string[];
}

/**
 * The ordinary tables of the public schema, each after the tables its foreign keys point to (by
 * name where the keys leave a choice; tables in a cycle of keys come last, by name).
 */
export async function listTablesInLoadOrder(db: Queryable): Promise<CatalogTable[]> {
  const { rows } = await db.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attnum > 0) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind = 'r'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
     GROUP BY c.relname
     ORDER BY c.relname COLLATE "C"`);
  const { rows: keys } = await db.query<{ child: string; parent: string }>(`
    SELECT DISTINCT child.relname AS child, parent.relname AS parent
      FROM pg_constraint k
      JOIN pg_class child ON child.oid = k.conrelid
      JOIN pg_class parent ON parent.oid = k.confrelid
     WHERE k.contype = 'f' AND k.conrelid <> k.confrelid
       AND child.relnamespace = 'public'::regnamespace AND parent.relnamespace = 'public'::regnamespace`);
  const parents = new Map(rows.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of keys) parents.get(child)?.add(parent);
  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  let remaining = rows.map((t) => ({ name: t.name, columns: t.columns ?? [] }));
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => [...parents.get(t.name)!].every((p) => placed.has(p) || !parents.has(p)));
    const next = ready.length > 0 ? ready : remaining; // a cycle: the rest in name order
    for (const table of next) {
      ordered.push(table);
      placed.add(table.name);
    }
    remaining = remaining.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** Every sequence of the public schema (identity and serial ones included) with its position. */
export async function listSequences(db: Queryable): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const { rows } = await db.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c
     WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace
     ORDER BY c.relname COLLATE "C"`);
  const sequences = [];
  for (const { name } of rows) {
    const [position] = (
      await db.query<{ lastValue: string; isCalled: boolean }>(
        `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM public.${quoteIdentifier(name)}`,
      )
    ).rows;
    sequences.push({ name, lastValue: position!.lastValue, isCalled: position!.isCalled });
  }
  return sequences;
}

/** What a restore would replace: the schema objects in public that no extension owns. */
export async function countSchemaObjects(db: Queryable): Promise<{ tables: number; others: number }> {
  const [row] = (
    await db.query<{ tables: number; others: number }>(`
      SELECT (SELECT count(*)::int FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r','p')
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')) AS tables,
             (SELECT count(*)::int FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v','m','S','f','c')
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e','i','a')))
           + (SELECT count(*)::int FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'))
           + (SELECT count(*)::int FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e','d','r','m')
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')) AS others`)
  ).rows;
  return row!;
}

/**
 * Drops every table, view, sequence, routine and type of the public schema that no extension owns
 * (what `--force` replaces), leaving the schema itself and its rights as they were.
 */
export async function dropSchemaObjects(db: Queryable): Promise<void> {
  const notFromExtension = (catalog: string, alias: string) =>
    `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${alias}.oid AND d.deptype = 'e')`;
  const drops: { statement: string }[] = [];
  for (const [kinds, keyword] of [
    [`'v'`, 'VIEW'],
    [`'m'`, 'MATERIALIZED VIEW'],
    [`'r','p'`, 'TABLE'],
    [`'f'`, 'FOREIGN TABLE'],
    [`'S'`, 'SEQUENCE'],
  ] as const) {
    const { rows } = await db.query<{ name: string }>(
      `SELECT c.oid::regclass::text AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN (${kinds}) AND ${notFromExtension('pg_class', 'c')}
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('i','a'))`,
    );
    if (rows.length > 0) drops.push({ statement: `DROP ${keyword} IF EXISTS ${rows.map((r) => r.name).join(', ')} CASCADE` });
  }
  for (const d of drops) await db.query(d.statement);
  const { rows: routines } = await db.query<{ name: string }>(
    `SELECT p.oid::regprocedure::text AS name FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND ${notFromExtension('pg_proc', 'p')}`,
  );
  for (const r of routines) await db.query(`DROP ROUTINE IF EXISTS ${r.name} CASCADE`);
  const { rows: types } = await db.query<{ name: string }>(
    `SELECT t.oid::regtype::text AS name FROM pg_type t
      WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e','d','r','m','c')
        AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c') AND ${notFromExtension('pg_type', 't')}`,
  );
  for (const t of types) await db.query(`DROP TYPE IF EXISTS ${t.name} CASCADE`);
}

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;
