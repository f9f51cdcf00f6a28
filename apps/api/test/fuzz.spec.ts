import type { AddressInfo } from 'node:net';
import { ERROR_CODES, MAX_INT4, type Role } from '@giao-ban/shared';
import type { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DiscoveryService } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import pg from 'pg';
import { listRoutes, type RouteEntry } from '../src/common/routes/route-table.js';
import { reportCounts } from './helpers/counts.js';
import { importWorkbookWithoutRows, minimalPdf } from './helpers/files.js';
import { demoPeriodId, fillReport, openNewPeriod } from './helpers/workflow.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Property-based fuzzing of the whole HTTP surface (issue #15). Every route of the route table is
 * covered — a route added tomorrow too: GET routes get generated query strings, write routes
 * generated bodies shaped from their DTO's own validation metadata (valid values, then one field
 * made wrong-typed, huge, deeply nested, NUL or a lone surrogate, plus extra and prototype keys,
 * anything-JSON, broken JSON and other media types), path parameters real ids of the right kind
 * and sometimes not. Three properties hold for every answer:
 * - no status >= 500;
 * - every non-2xx answer is `{ code, message, details? }` with a code of ERROR_CODES;
 * - a refused request changes no stored row (digest of every table but sessions, taken whenever a
 *   transaction may have written: PostgreSQL's next transaction id moved).
 * Accepted writes may change data; the digest is taken again after them.
 *
 * Deterministic: a fixed seed (FUZZ_SEED overrides it), one request at a time. The counts are
 * printed in one line at the end, so CI's log shows them.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 15_2021);
/** Requests in all, spread over the routes by weight; the acceptance asks for at least 10,000. */
const TOTAL_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_400);
const MIN_REQUESTS = 10_000;
const PASSWORD = 'GiaoBan@2021';

type ClientName = 'office' | 'unit' | 'leader' | 'admin' | 'anonymous';
const LOGINS: Record<Exclude<ClientName, 'anonymous'>, string> = { office: 'vanphong', unit: 'songoaivu', leader: 'lanhdao', admin: 'quantri' };
const CLIENT_OF_ROLE: Record<Role, ClientName> = { office: 'office', agency_reporter: 'unit', agency_head: 'unit', leader: 'leader', admin: 'admin' };
const SIGNED_IN: ClientName[] = ['office', 'unit', 'leader', 'admin'];

// ---------------------------------------------------------------------------------------------
// What each route takes, read from Nest's metadata (the same the ValidationPipe reads).
// ---------------------------------------------------------------------------------------------

/** One validator of one property, as class-validator keeps it (the package does not export the type). */
type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

interface FuzzRoute {
  entry: RouteEntry;
  key: string;
  params: string[];
  /** The @Body() DTO, if the handler takes one. */
  body: (new () => object) | null;
  /** The @Query() DTO, if the handler takes one. */
  query: (new () => object) | null;
  /** Takes a file (multipart) besides its fields. */
  upload: boolean;
  phase: 'read' | 'body' | 'bodiless';
}

function fuzzRoutes(app: INestApplication): FuzzRoute[] {
  const controllers = new Map(
    app
      .get(DiscoveryService)
      .getControllers()
      .filter((w) => w.metatype)
      .map((w) => [w.metatype!.name, w.metatype as new (...args: never[]) => object]),
  );
  return listRoutes(app).map((entry) => {
    const controller = controllers.get(entry.controller)!;
    const args: Record<string, { index: number }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, entry.handler) ?? {};
    const types: unknown[] = Reflect.getMetadata('design:paramtypes', controller.prototype, entry.handler) ?? [];
    const argOf = (kind: RouteParamtypes) => Object.entries(args).find(([k]) => k.split(':')[0] === String(kind))?.[1];
    const dtoAt = (kind: RouteParamtypes) => {
      const arg = argOf(kind);
      const type = arg ? types[arg.index] : undefined;
      return typeof type === 'function' && type !== Object ? (type as new () => object) : null;
    };
    const body = dtoAt(RouteParamtypes.BODY);
    return {
      entry,
      key: `${entry.method} ${entry.path}`,
      params: [...entry.path.matchAll(/:(\w+)/g)].map((m) => m[1]!),
      body,
      query: dtoAt(RouteParamtypes.QUERY),
      upload: argOf(RouteParamtypes.FILE) !== undefined,
      phase: entry.method === 'GET' ? 'read' : argOf(RouteParamtypes.BODY) ? 'body' : 'bodiless',
    };
  });
}

/** A DTO's properties with their class-validator metadata (inherited ones included). */
function fieldsOf(dto: new () => object): Map<string, ValidationMetadata[]> {
  const fields = new Map<string, ValidationMetadata[]>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    fields.set(meta.propertyName, [...(fields.get(meta.propertyName) ?? []), meta]);
  }
  return fields;
}

/** The class a nested property is turned into (its @Type), asked of class-transformer itself. */
function nestedTypeOf(dto: new () => object, property: string, isArray: boolean): (new () => object) | null {
  const probe = plainToInstance(dto, { [property]: isArray ? [{}] : {} }) as Record<string, unknown>;
  const value = isArray ? (probe[property] as unknown[] | undefined)?.[0] : probe[property];
  const type = value && typeof value === 'object' ? value.constructor : null;
  return type && type !== Object ? (type as new () => object) : null;
}

// ---------------------------------------------------------------------------------------------
// Values. RAW(text) stands for a JSON number JavaScript cannot hold (1e309, 30 digits): the
// serializer writes it into the body as it is.
// ---------------------------------------------------------------------------------------------

const RAW = (text: string) => `\u0001RAW:${text}\u0001`;
function serialize(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? RAW(v.toString()) : v)) ?? 'null';
  return text.replace(/"\\u0001RAW:([^"\\]*)\\u0001"/g, '$1');
}

/** Ids the generators pick from, filled in by the set-up. */
interface Ids {
  periods: { id: string; taskGroups: string[]; summaryKeys: string[] }[];
  reports: { id: string; sections: string[]; attachments: string[] }[];
  agencies: string[];
  /** Accounts made for the user administration routes; never a signed-in demo user. */
  accounts: string[];
  /** Every id above and the indicators': what a uuid field of a body may name. */
  all: string[];
  /** The ids by the field names that hold them (`indicatorId`, `sectionIds`: indicator, section). */
  byKind: Record<string, string[]>;
  /** The indicators of each report section's task group. */
  indicatorsBySection: Record<string, string[]>;
  /** The demo's bulletin: 2021's issues (Số 13 published, Số 14 in editing), their items and photos. */
  bulletin: { issues: string[]; items: string[]; photos: string[] };
}

/** A uuid for a field: mostly one of the kind its name says (`agencyIds`: an agency), else any. */
function uuidFor(ids: Ids, property: string): fc.Arbitrary<string> {
  const name = property.replace(/Ids?$/, '');
  const kind = Object.hasOwn(ids.byKind, name) ? ids.byKind[name] : undefined;
  return kind?.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...kind) }, fc.constantFrom(...ids.all)) : fc.constantFrom(...ids.all);
}

const nestedArrays = (depth: number): unknown => (depth <= 0 ? 1 : [nestedArrays(depth - 1)]);
const nestedObjects = (depth: number): unknown => (depth <= 0 ? 'x' : { a: nestedObjects(depth - 1) });

/** Letters a unit types: Vietnamese, no spaces at the ends, nothing a validator refuses. */
const TEXT_UNIT = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyạảấầẩẫậắằẳẵặẹẻẽềếểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ0123456789');
/** Any UTF-16 code unit, lone surrogates and NUL included. */
const CODE_UNIT = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const LONE_SURROGATE = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Wrong-typed, extreme and unstorable values, for any field. */
const extremeValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(
      null, true, false, 0, -0, -1, 1.5, 0.1, 0.005, MAX_INT4, MAX_INT4 + 1, -MAX_INT4 - 1, -MAX_INT4 - 2, 2 ** 53 + 2, 1e300, -1e300, 5e-324,
      1_000_000_000, 1_000_000_000.01, 1_000_000_001, 999_999_999.999,
      'NaN', 'Infinity', '-Infinity', '1', '0', '-1', '2147483648', '', ' ', '\t\n', 'true', 'null', 'undefined',
      '2022-02-30', '2022-13-01', '2022-06-30T00:00:00Z', '9999-12-31', '0000-01-01', '1900-01-01', '20220630', '2022-6-3',
      '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'not-a-uuid',
      '\u0000', 'a\u0000b', '\ud800', 'x\udc00y', '\udbff', '\udfff\ud800', '😀', '\u202e\u0301', '\ufeff', 'a\r\nb', '\u0085',
      '<script>alert(1)</script>', "'; DROP TABLE users; --", '${constructor}', '%00', '../../etc/passwd',
      'tg:1', 'opening', 'done', 'paragraph', 'admin', 'office',
      [], {}, [null], [{}], [''], ['\u0000'], { text: '\u0000' }, { __proto__: null, toString: 'x' },
      RAW('1e309'), RAW('-1e309'), RAW('123456789012345678901234567890'), RAW('1E400'), RAW('1e-400'), RAW('-0'), RAW('2147483648.0'),
      RAW('2147483647.0000000001'), RAW('0.000000000000000000000000001'), RAW('1000000000.001'),
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(1, 2, 3, 39, 40, 41, 100, 101, 200, 201, 300, 301, 2000, 2001, 5000, 5001, 20_000, 70_000, 100_000, 100_001), fc.constantFrom('a', 'ạ', '😀', ' ', '\u0000', '\ud800', 'ab\u0000'))
      .map(([n, unit]) => unit.repeat(n)),
  },
  { weight: 2, arbitrary: fc.string({ unit: CODE_UNIT, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ unit: TEXT_UNIT, maxLength: 10 }), LONE_SURROGATE).map(([s, lone]) => s + lone) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 100 }).map(nestedArrays) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100 }).map(nestedObjects) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(21, 31, 51, 101, 201, 1000, 5001), fc.constantFrom<unknown>(0, 'a', null, {}, '00000000-0000-0000-0000-000000000000'))
      .map(([n, item]) => Array.from({ length: n }, () => item)),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.bigInt().map((b) => RAW(b.toString()))) },
);

/** Dates a form would send, and the edges of the calendar the API takes (1900–2999) and beyond it. */
const DATES = ['2022-06-17', '2022-06-24', '2022-06-30', '2022-07-15', '2022-12-31', '2023-01-02', '2030-01-01', '2021-12-31', '2022-01-01', '2024-02-29', '1970-01-01', '1900-01-01', '2999-12-31', '1899-12-31', '3000-01-01', '0001-01-01', '9999-12-31'];

/** Values the field's own validators accept, so the request gets past them and into the service; their edges too. */
function validValue(ids: Ids, dto: new () => object, property: string, metas: ValidationMetadata[], depth: number): fc.Arbitrary<unknown> {
  const named = (name: string) => metas.find((m) => m.name === name);
  const constraint = (name: string) => named(name)?.constraints[0] as number | undefined;
  const maxItems = constraint('arrayMaxSize');
  /** A short list, or now and then one as long as allowed. */
  const listOf = (item: fc.Arbitrary<unknown>) =>
    maxItems === undefined ? fc.array(item, { maxLength: 3 }) : fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 3 }) }, item.map((v) => Array.from({ length: maxItems }, () => v)));
  if (metas.some((m) => m.type === 'nestedValidation')) {
    const inner = depth < 3 ? nestedTypeOf(dto, property, !!named('isArray')) : null;
    if (!inner) return fc.jsonValue({ maxDepth: 2 });
    const item = validBody(ids, inner, depth + 1);
    return named('isArray') ? listOf(item) : item;
  }
  let one: fc.Arbitrary<unknown>;
  const min = constraint('min');
  const max = constraint('max');
  if (named('isIn')) one = fc.constantFrom(...(named('isIn')!.constraints[0] as unknown[]));
  else if (named('isBoolean')) one = fc.boolean();
  else if (named('isInt') || named('isNumber')) {
    const low = min ?? -5;
    const high = max ?? low + 1_000;
    const near = fc.integer({ min: low, max: high - low <= 200 ? high : low + 5 });
    const edges = named('isInt') ? fc.constantFrom(low, high) : fc.constantFrom(low, high, low + 0.01, high - 0.01, low + 0.25);
    one = fc.oneof({ weight: 6, arbitrary: near }, edges);
  } else if (named('isUuid')) one = uuidFor(ids, property);
  else if (named('isLocalDate')) one = fc.constantFrom(...DATES);
  else if (named('isEmail')) one = fc.constantFrom('vanphong@quangninh.gov.vn', 'nguoi.dung@example.vn', `${'a'.repeat(64)}@${'b'.repeat(63)}.vn`);
  else if (named('matches')) {
    const pattern = named('matches')!.constraints[0] as RegExp | string;
    one = fc.stringMatching(typeof pattern === 'string' ? new RegExp(pattern) : new RegExp(pattern.source)).filter((s) => s.trim() === s && s.length < 100);
  } else if (named('isSummaryDocument')) one = summaryDocument;
  else if (named('isString')) {
    const minLength = Math.max(constraint('minLength') ?? 0, 1);
    const maxLength = constraint('maxLength') ?? 60;
    // At the edges: the shortest and the longest text allowed, in one-, two- and four-byte characters
    // (a surrogate pair counts as one character for MaxLength, two for JavaScript's length).
    const edges = fc.tuple(fc.constantFrom(minLength, maxLength), fc.constantFrom('a', 'ạ', '😀')).map(([n, unit]) => unit.repeat(n));
    one = fc.oneof({ weight: 6, arbitrary: fc.string({ unit: TEXT_UNIT, minLength, maxLength: Math.min(maxLength, minLength + 30) }) }, edges);
  } else one = fc.jsonValue({ maxDepth: 1 });
  return named('isArray') || metas.some((m) => m.each) ? listOf(one) : one;
}

/**
 * Values just beyond what a field's validators allow — one past each bound of a number, a text one
 * character too long (or too short), a list one item too long, a near-miss of an enum — or null
 * when the field has no such edge.
 */
function beyondValue(ids: Ids, dto: new () => object, property: string, metas: ValidationMetadata[]): fc.Arbitrary<unknown> | null {
  const named = (name: string) => metas.find((m) => m.name === name);
  const constraint = (name: string) => named(name)?.constraints[0] as number | undefined;
  const options: unknown[] = [];
  const [min, max, minLength, maxLength, maxItems] = ['min', 'max', 'minLength', 'maxLength', 'arrayMaxSize'].map(constraint);
  if (min !== undefined) options.push(min - 1, min - 0.5);
  if (max !== undefined) options.push(max + 1, max + 0.5, max + 0.001);
  if (named('isInt')) options.push(1.5, MAX_INT4 + 1);
  if (maxLength !== undefined) options.push('a'.repeat(maxLength + 1), 'ạ'.repeat(maxLength + 1), '😀'.repeat(maxLength + 1));
  if (minLength !== undefined && minLength > 0) options.push('a'.repeat(minLength - 1), ' '.repeat(minLength + 1));
  if (named('isIn')) {
    const allowed = named('isIn')!.constraints[0] as unknown[];
    options.push(...allowed.filter((v): v is string => typeof v === 'string').flatMap((v) => [v.toUpperCase(), ` ${v}`, `${v}\u0000`]));
  }
  if (named('isBoolean')) options.push('true', 1, 0);
  if (named('isLocalDate')) options.push('2022-02-29', '2022-06-31', '1899-12-31', '3000-01-01', '2022-06-17T00:00:00+07:00');
  if (named('isUuid')) options.push(...ids.all.slice(0, 3).map((id) => id.toUpperCase()), `${ids.all[0]}0`, `{${ids.all[0]}}`);
  const arbitraries: fc.Arbitrary<unknown>[] = options.length ? [fc.constantFrom(...options)] : [];
  if (maxItems !== undefined) {
    arbitraries.push(validValue(ids, dto, property, metas, 0).map((v) => Array.from({ length: maxItems + 1 }, () => (Array.isArray(v) ? v[0] ?? null : v))));
  }
  return arbitraries.length ? fc.oneof(...arbitraries) : null;
}

const run = fc.record({ text: fc.string({ unit: TEXT_UNIT, maxLength: 30 }), bold: fc.boolean(), italic: fc.boolean() }, { requiredKeys: ['text'] });
const summaryDocument = fc.record({
  blocks: fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('paragraph'), runs: fc.array(run, { maxLength: 3 }) }),
      fc.record({ type: fc.constant('bullets'), items: fc.array(fc.array(run, { maxLength: 3 }), { maxLength: 3 }) }),
    ),
    { maxLength: 3 },
  ),
});

function validBody(ids: Ids, dto: new () => object, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const fields = fieldsOf(dto);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [property, metas] of fields) {
    shape[property] = validValue(ids, dto, property, metas, depth);
    if (!metas.some((m) => m.type === 'conditionalValidation')) required.push(property);
  }
  return fc.record(shape, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Every place in a value where another value can go: [container, key] pairs, the root first. */
function slotsOf(value: unknown, into: [Record<string | number, unknown>, string | number][] = []): [Record<string | number, unknown>, string | number][] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      into.push([value as Record<string, unknown>, Array.isArray(value) ? Number(key) : key]);
      slotsOf((value as Record<string, unknown>)[key], into);
    }
  }
  return into;
}
const objectsIn = (value: unknown): Record<string, unknown>[] =>
  value && typeof value === 'object'
    ? [...(Array.isArray(value) ? [] : [value as Record<string, unknown>]), ...Object.values(value).flatMap(objectsIn)]
    : [];

/** `body` with the value at one place (chosen by `pick`) replaced. */
function replaceAt(body: Record<string, unknown>, pick: number, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const slots = slotsOf(copy);
  if (!slots.length) return { ...copy, value };
  const [container, key] = slots[pick % slots.length]!;
  container[key] = value;
  return copy;
}

/** `body` with a key added to one of its objects — `__proto__` as an own key, as JSON.parse makes it. */
function addKeyAt(body: Record<string, unknown>, pick: number, key: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const objects = objectsIn(copy);
  Object.defineProperty(objects[pick % objects.length] ?? copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const STRANGE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isAdmin', 'role', 'id', 'createdAt', 'state', 'agencyId', ''];

interface Payload {
  contentType?: string;
  body?: string | Uint8Array;
}

function jsonBodies(ids: Ids, dto: (new () => object) | null): fc.Arbitrary<string | Uint8Array> {
  const valid = dto ? validBody(ids, dto) : fc.constant({});
  const names = dto ? [...fieldsOf(dto).keys()] : [];
  const fieldNames = names.length ? names : ['id', 'name', 'version', 'reason'];
  const value = fc.oneof({ weight: 3, arbitrary: extremeValue }, fc.jsonValue({ maxDepth: 2 }));
  const beyond = dto
    ? [...fieldsOf(dto)].flatMap(([property, metas]) => {
        const arbitrary = beyondValue(ids, dto, property, metas);
        return arbitrary ? [arbitrary.map((v) => [property, v] as const)] : [];
      })
    : [];
  const bodies: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 6, arbitrary: fc.tuple(valid, fc.nat(), extremeValue).map(([b, pick, v]) => replaceAt(b, pick, v)) },
    ...(beyond.length ? [{ weight: 3, arbitrary: fc.tuple(valid, fc.oneof(...beyond)).map(([b, [property, v]]) => ({ ...b, [property]: v })) }] : []),
    { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...fieldNames), value, { maxKeys: fieldNames.length }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.nat(), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...STRANGE_KEYS) }, fc.string({ unit: CODE_UNIT, maxLength: 8 })), value)
        .map(([b, pick, key, v]) => addKeyAt(b, pick, key, v)),
    },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue(), fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withNullPrototype: true })) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 100 }), fc.boolean()).map(([depth, arrays]) => (arrays ? nestedArrays(depth) : nestedObjects(depth))) },
  );
  return fc.oneof(
    { weight: 12, arbitrary: bodies.map(serialize) },
    // Text that is not quite JSON, or not JSON at all.
    { weight: 1, arbitrary: fc.tuple(bodies.map(serialize), fc.nat()).map(([text, cut]) => text.slice(0, cut % Math.max(text.length, 1))) },
    { weight: 1, arbitrary: fc.tuple(bodies.map(serialize), fc.constantFrom('x', ',', '}', ']', '\u0000', ' {}', '\ufeff')).map(([text, tail]) => text + tail) },
    { weight: 1, arbitrary: bodies.map((b) => '\ufeff' + serialize(b)) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'null', '"text"', '1', 'true', '[]', '{}', '{"a":}', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":Infinity}', '[1,2', '{"\\ud800":1}', '{"a":"\\u0000"}') },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  );
}

const CONTENT_TYPES = fc.oneof(
  { weight: 30, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'APPLICATION/JSON',
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'application/merge-patch+json',
      'application/xml',
      '*/*',
      'application/json, text/plain',
    ),
  },
);

const PDF = minimalPdf();
/** A real .xlsx for the import routes (its sheets and headers, no rows), whole and cut short. */
const XLSX = await importWorkbookWithoutRows();
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');

/** Multipart bodies for an upload route: odd names, odd parts, odd files, broken framing. */
function multipartBodies(ids: Ids): fc.Arbitrary<Payload> {
  const fileName = fc.oneof(
    fc.constantFrom('minh-chung.pdf', 'Kế hoạch.pdf', 'a.docx', 'b.xlsx', 'c.png', 'x.exe', '', '.pdf', '..\\..\\x.pdf', '../../x.pdf', 'a\u0000.pdf', '\ud800.pdf', 'ạ'.repeat(300) + '.pdf', 'a'.repeat(1000) + '.pdf', 'a"b.pdf', 'a\r\nb.pdf'),
    fc.string({ unit: CODE_UNIT, maxLength: 30 }).map((s) => s + '.pdf'),
  );
  const content = fc.oneof(
    fc.constant(PDF),
    fc.constant(PNG),
    fc.constant(XLSX),
    fc.constant(XLSX.subarray(0, XLSX.length - 100)),
    fc.constant(Buffer.alloc(0)),
    fc.uint8Array({ maxLength: 500 }).map((b) => Buffer.from(b)),
    fc.constant(Buffer.from('<html><script>alert(1)</script></html>')),
  );
  const part = fc.oneof(
    fc
      .record({
        name: fc.constantFrom('file', 'file', 'file', 'files', 'attachment', '', '__proto__'),
        fileName,
        type: fc.constantFrom('application/pdf', 'image/png', 'application/octet-stream', 'text/html', ''),
        content,
      })
      .map(({ name, fileName: file, type, content: bytes }) =>
        Buffer.concat([
          Buffer.from(`Content-Disposition: form-data; name="${name}"; filename="${file}"\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`),
          bytes,
        ]),
      ),
    fc
      .record({
        name: fc.constantFrom('sectionId', 'sectionId', '__proto__', 'constructor', 'sectionId[]', 'x', 'a\u0000b'),
        value: fc.oneof(fc.constantFrom(...ids.all), extremeValue.map((v) => (typeof v === 'string' ? v : serialize(v)))),
      })
      .map(({ name, value }) => Buffer.from(`Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`)),
  );
  return fc
    .record({
      parts: fc.array(part, { minLength: 0, maxLength: 3 }),
      boundary: fc.constantFrom('fuzzboundary', 'x', '----WebKitFormBoundary7MA4YWxkTrZu0gW'),
      framing: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'unterminated', 'wrong-boundary', 'no-boundary', 'truncated'),
    })
    .map(({ parts, boundary, framing }) => {
      const text = Buffer.concat([...parts.flatMap((p) => [Buffer.from(`--${boundary}\r\n`), p, Buffer.from('\r\n')]), Buffer.from(framing === 'unterminated' ? '' : `--${boundary}--\r\n`)]);
      const body = framing === 'truncated' ? text.subarray(0, Math.floor(text.length / 2)) : text;
      const contentType =
        framing === 'wrong-boundary' ? 'multipart/form-data; boundary=other' : framing === 'no-boundary' ? 'multipart/form-data' : `multipart/form-data; boundary=${boundary}`;
      return { contentType, body: new Uint8Array(body) };
    });
}

// ---------------------------------------------------------------------------------------------
// Addresses: path parameters and query strings, percent-encoded by hand so that NUL, lone
// surrogates (as their three UTF-8-like bytes) and broken escapes really reach the server.
// ---------------------------------------------------------------------------------------------

function encodeLoose(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(text[i]!);
    }
  }
  return out;
}

/** Already-encoded oddities for a path segment or a query value. */
const RAW_ADDRESS_PARTS = ['%00', '1%00', '%ED%A0%80', '%', '%zz', '%C0%80', '%FF', '%E2%80%AE', '%2F', '%5C', '%20', '%0A'];
const addressValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(
        '0', '-1', '1.5', '2147483647', '2147483648', '99999999999999999999', '1e300', '-1e300', '0x10', 'NaN', 'Infinity', '', 'abc', 'true', 'false', 'null', 'undefined',
        '00000000-0000-0000-0000-000000000000', '__proto__', 'constructor', '1,2', '[1]', '{"a":1}', '😀', 'a\u0000b', '\ud800', 'x\udc00', 'a'.repeat(3000),
      )
      .map(encodeLoose),
  },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_ADDRESS_PARTS) },
  { weight: 1, arbitrary: fc.string({ unit: CODE_UNIT, maxLength: 12 }).map(encodeLoose) },
  { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
);

const QUERY_KEYS = ['page', 'pageSize', 'status', 'order', 'version', 'from', 'to', 'search', 'active', 'role', 'agencyId'];

function queryStrings(ids: Ids, dto: (new () => object) | null): fc.Arbitrary<string> {
  const fields = dto ? [...fieldsOf(dto).keys()] : [];
  const key = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...fields, ...QUERY_KEYS) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'page[]', 'page[a]', 'status[0]', 'status[]', 'a[b][c]', '%00', 'a%00', '%ED%A0%80', '', '%', 'toString', 'hasOwnProperty') },
    { weight: 1, arbitrary: fc.string({ unit: CODE_UNIT, maxLength: 6 }).map(encodeLoose) },
  );
  const validPairs = dto
    ? validBody(ids, dto).map((q) => Object.entries(q).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((item) => [k, encodeLoose(String(item))] as [string, string])))
    : fc.constant([] as [string, string][]);
  const pairs = fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.tuple(key, addressValue), { maxLength: 6 }) },
    { weight: 2, arbitrary: validPairs },
    { weight: 3, arbitrary: fc.tuple(validPairs, fc.array(fc.tuple(key, addressValue), { minLength: 1, maxLength: 2 })).map(([a, b]) => [...a, ...b]) },
  );
  return pairs.map((list) => {
    // Kept under Node's 16 kB header limit (beyond it Node answers 431 itself, before the API).
    let text = '';
    for (const [k, v] of list) {
      const next = `${text ? '&' : ''}${k}=${v}`;
      if (text.length + next.length > 8000) break;
      text += next;
    }
    return text;
  });
}

// ---------------------------------------------------------------------------------------------
// One request
// ---------------------------------------------------------------------------------------------

interface Case {
  client: ClientName;
  method: string;
  url: string;
  contentType?: string;
  origin?: string;
  body?: string | Uint8Array;
}

function paramsFor(route: FuzzRoute, ids: Ids): fc.Arbitrary<Record<string, string>> {
  if (!route.params.length) return fc.constant({});
  const onReports = route.entry.path.startsWith('/api/reports/');
  const onUsers = route.entry.path.startsWith('/api/users/');
  const onAgencies = route.entry.path.startsWith('/api/agencies/');
  const onBulletinIssues = route.entry.path.startsWith('/api/bulletin-issues/');
  const onBulletinItems = route.entry.path.startsWith('/api/bulletin-items/');
  return fc
    .record({
      report: fc.constantFrom(...ids.reports),
      period: fc.constantFrom(...ids.periods),
      account: fc.constantFrom(...ids.accounts),
      agency: fc.constantFrom(...ids.agencies),
      pick: fc.nat(),
      number: fc.constantFrom('1', '1', '2', '3'),
      // A year of the holidays' routes: a shipped one, one without holidays, the ends of the range.
      year: fc.constantFrom('2026', '2027', '2099', '2000', '2100'),
      anyId: fc.constantFrom(...ids.all),
      odd: fc.array(fc.tuple(fc.constantFrom(...route.params), addressValue), { maxLength: 1 }),
      oddOften: fc.boolean(),
    })
    .map(({ report, period, account, agency, pick, number, year, anyId, odd, oddOften }) => {
      const from = (list: string[]) => list[pick % Math.max(list.length, 1)] ?? anyId;
      const real = (name: string): string => {
        switch (name) {
          case 'id':
            if (onBulletinIssues) return from(ids.bulletin.issues);
            if (onBulletinItems) return from(ids.bulletin.items);
            return onReports ? report.id : onUsers ? account : onAgencies ? agency : period.id;
          case 'photoId':
            return from(ids.bulletin.photos);
          case 'periodId':
            return period.id;
          case 'sectionId':
            return from(report.sections);
          case 'attachmentId':
            return from(report.attachments);
          case 'taskGroupId':
            return from(period.taskGroups);
          case 'key':
            return encodeLoose(from(period.summaryKeys));
          case 'number':
            return number;
          case 'year':
            return year;
          default:
            return anyId;
        }
      };
      const params = Object.fromEntries(route.params.map((name) => [name, real(name)]));
      // About one request in four names something odd instead (a huge number, NUL, not a uuid).
      if (oddOften) for (const [name, value] of odd) params[name] = value;
      return params;
    });
}

function casesFor(route: FuzzRoute, ids: Ids, origin: string): fc.Arbitrary<Case> {
  const { entry } = route;
  // Public routes (sign-in, sign-out) go without a session, so that no fuzzed sign-out ends one.
  const allowed: ClientName[] = entry.isPublic ? ['anonymous'] : entry.roles ? [...new Set(entry.roles.map((r) => CLIENT_OF_ROLE[r]))] : SIGNED_IN;
  const client = entry.isPublic
    ? fc.constant<ClientName>('anonymous')
    : fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom<ClientName>('anonymous', ...SIGNED_IN) });
  const payloads = (scoped: Ids): fc.Arbitrary<Payload> =>
    entry.method === 'GET'
      ? fc.constant({})
      : fc.oneof(
          { weight: route.upload ? 2 : 6, arbitrary: fc.tuple(jsonBodies(scoped, route.body), CONTENT_TYPES).map(([body, contentType]) => ({ body, contentType })) },
          ...(route.upload ? [{ weight: 3, arbitrary: multipartBodies(scoped) }] : []),
          { weight: route.phase === 'bodiless' ? 2 : 1, arbitrary: fc.constant({}) },
        );
  // A body about a report section names that section's own indicators (the service refuses others).
  const bySection = new Map<string, fc.Arbitrary<Payload>>();
  const payloadFor = (params: Record<string, string>): fc.Arbitrary<Payload> => {
    const indicators = params.sectionId && Object.hasOwn(ids.indicatorsBySection, params.sectionId) ? ids.indicatorsBySection[params.sectionId] : undefined;
    const key = indicators?.length ? params.sectionId! : '';
    if (!bySection.has(key)) bySection.set(key, payloads(key ? { ...ids, byKind: { ...ids.byKind, indicator: indicators! } } : ids));
    return bySection.get(key)!;
  };
  return fc
    .record({
      client,
      params: paramsFor(route, ids),
      query: fc.oneof({ weight: entry.method === 'GET' ? 6 : 1, arbitrary: queryStrings(ids, route.query) }, { weight: entry.method === 'GET' ? 1 : 6, arbitrary: fc.constant('') }),
      origin: fc.oneof({ weight: 16, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.constant(origin) }, fc.constantFrom('https://evil.example', 'null')),
    })
    .chain((base) => payloadFor(base.params).map((payload) => ({ ...base, payload })))
    .map(({ client: who, params, query, payload: { body, contentType }, origin: from }) => ({
      client: who,
      method: entry.method,
      url: entry.path.replace(/:(\w+)/g, (_, name: string) => params[name]!) + (query ? `?${query}` : ''),
      ...(contentType ? { contentType } : {}),
      ...(from ? { origin: from } : {}),
      ...(body !== undefined ? { body } : {}),
    }));
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

const clip = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text);
const bodyText = (body: Case['body']) => (body === undefined ? '(none)' : typeof body === 'string' ? JSON.stringify(clip(body)) : `bytes ${Buffer.from(body).toString('hex').slice(0, 200)}`);
const describeCase = (c: Case, answer?: Answer) =>
  `${c.method} ${clip(c.url, 200)} as ${c.client}${c.contentType ? `, content-type ${c.contentType}` : ''}${c.origin ? `, origin ${c.origin}` : ''}, body ${bodyText(c.body)}` +
  (answer ? ` → ${answer.status} ${answer.contentType} ${clip(answer.text)}` : '');

/** The same request on the version a 409 STALE_VERSION names (`details.server.version`), if any. */
function staleVersionRetry(c: Case, answer: Answer): Case | null {
  if (answer.status !== 409 || typeof c.body !== 'string') return null;
  try {
    const { code, details } = JSON.parse(answer.text) as { code: string; details?: { server?: { version?: unknown } } };
    const body: unknown = JSON.parse(c.body);
    const version = details?.server?.version;
    if (code !== 'STALE_VERSION' || typeof version !== 'number' || !body || typeof body !== 'object' || !('version' in body)) return null;
    return { ...c, body: JSON.stringify({ ...body, version }) };
  } catch {
    return null;
  }
}

/** Why an answer is not in the error shape, or null when it is. */
function errorShapeFault(answer: Answer): string | null {
  if (!answer.contentType.startsWith('application/json')) return `content-type ${answer.contentType || '(none)'}`;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return 'not JSON';
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'not an object';
  const { code, message, details, requestId, ...rest } = body as Record<string, unknown>;
  if (typeof requestId !== 'string' || requestId === '') return 'requestId is missing';
  if (!(ERROR_CODES as readonly unknown[]).includes(code)) return `code ${JSON.stringify(code)} is not one of ERROR_CODES`;
  if (typeof message !== 'string') return 'message is not a string';
  if (details !== undefined && (details === null || typeof details !== 'object')) return 'details is neither a list nor an object';
  if (Object.keys(rest).length) return `unexpected keys ${Object.keys(rest).join(', ')}`;
  return null;
}

/**
 * What a refused request may write by design, left out of the digest: the bookkeeping of requests
 * rather than data — sessions, the sign-in throttle's counts of failures — and the audit trail's
 * record of refused sign-ins. A table maps to null (left out) or to the rows that count.
 */
const NOT_DATA: Record<string, string | null> = {
  sessions: null,
  sign_in_throttles: null,
  audit_events: `action NOT IN ('auth.sign_in_failed', 'auth.locked_out')`,
};
const notData = (table: string) => (Object.hasOwn(NOT_DATA, table) ? NOT_DATA[table] : undefined);
/** A table's rows that count, as `t`. */
const rowsOf = (table: string) => `"${table}" t${notData(table) ? ` WHERE ${notData(table)}` : ''}`;

/**
 * The stored rows, as one md5 per table (every table of the schema, a table added later too, less
 * NOT_DATA). Read again only when something may have changed, cheapest test first: PostgreSQL's next
 * transaction id moved (no transaction with an id, no write), then a table's row count or newest
 * row version (xmin) moved (an insert or update makes a newer one, a delete lowers the count); only
 * those tables' rows are digested again.
 */
class StoredData {
  private xmax = '';
  private signature: Record<string, string> = {};
  private digest: Record<string, string> = {};
  private constructor(
    private readonly db: pg.Client,
    readonly tables: string[],
  ) {}

  static async open(databaseUrl: string): Promise<StoredData> {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const stored = new StoredData(db, rows.map((r) => r.table_name).filter((t) => notData(t) !== null));
    await stored.changedTables();
    return stored;
  }

  private async readOne(select: (table: string) => string, tables: string[]): Promise<Record<string, string>> {
    if (!tables.length) return {};
    return (await this.db.query<Record<string, string>>(`SELECT ${tables.map((t) => `(${select(t)}) AS "${t}"`).join(', ')}`)).rows[0]!;
  }

  /** The tables whose rows changed since the last call. */
  async changedTables(): Promise<string[]> {
    const [{ xmax }] = (await this.db.query<{ xmax: string }>(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`)).rows as [{ xmax: string }];
    if (xmax === this.xmax) return [];
    this.xmax = xmax;
    const signature = await this.readOne((t) => `SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM ${rowsOf(t)}`, this.tables);
    const moved = this.tables.filter((t) => signature[t] !== this.signature[t]);
    this.signature = signature;
    const digest = await this.readOne((t) => `SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM ${rowsOf(t)}`, moved);
    const changed = moved.filter((t) => digest[t] !== this.digest[t]);
    Object.assign(this.digest, digest);
    return changed;
  }

  close(): Promise<void> {
    return this.db.end();
  }
}

// ---------------------------------------------------------------------------------------------

describe('fuzz (issue #15): generated requests to every route', () => {
  let sut: TestApp;
  let base: string;
  let ids: Ids;
  let routes: FuzzRoute[];
  let stored: StoredData;
  const cookies: Partial<Record<ClientName, string>> = {};
  const counts = { requests: 0, fiveXX: 0, refused: 0, refusedInShape: 0, accepted: 0, refusalsChangedData: 0, noAnswer: 0 };
  const requestsByRoute = new Map<string, number>();
  const numRuns = new Map<string, number>();
  /** Routes whose property failed: fast-check stopped them early (and reported why). */
  const failedRoutes = new Set<string>();

  async function signIn(client: Exclude<ClientName, 'anonymous'>): Promise<string> {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: LOGINS[client], password: PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${LOGINS[client]}: ${response.status} ${await response.text()}`);
    await response.text();
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gb_session='));
    if (!cookie) throw new Error(`sign-in of ${LOGINS[client]} set no session cookie`);
    return cookie.split(';')[0]!;
  }

  async function send(c: Case): Promise<Answer> {
    const headers: Record<string, string> = {};
    const cookie = cookies[c.client];
    if (cookie) headers.cookie = cookie;
    if (c.contentType) headers['content-type'] = c.contentType;
    if (c.origin) headers.origin = c.origin;
    // A request the API never answers fails the run as "no answer" instead of hanging it.
    const response = await fetch(`${base}${c.url}`, { method: c.method, headers, body: c.body, signal: AbortSignal.timeout(30_000) });
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
  }

  /** One generated request and the three properties; throws (for fast-check) when one fails. */
  async function exercise(route: FuzzRoute, c: Case): Promise<void> {
    counts.requests++;
    requestsByRoute.set(route.key, (requestsByRoute.get(route.key) ?? 0) + 1);
    let answer: Answer;
    try {
      answer = await send(c);
    } catch (error) {
      counts.noAnswer++;
      throw new Error(`no answer (${(error as Error).cause ?? error}): ${describeCase(c)}`);
    }
    const changed = await stored.changedTables();
    const accepted = answer.status >= 200 && answer.status < 300;
    const faults: string[] = [];
    if (answer.status >= 500) {
      counts.fiveXX++;
      faults.push(`answered ${answer.status}`);
    }
    if (accepted) counts.accepted++;
    else {
      counts.refused++;
      const shapeFault = errorShapeFault(answer);
      if (shapeFault) faults.push(`refusal not in the error shape: ${shapeFault}`);
      else counts.refusedInShape++;
      if (changed.length) {
        counts.refusalsChangedData++;
        faults.push(`refused, yet changed ${changed.join(', ')}`);
      }
    }
    if (faults.length) throw new Error(`${faults.join('; ')}: ${describeCase(c, answer)}`);
    // As an editor does: a save refused for a stale version is sent again on the server's version,
    // so that generated edge values get past the version check into the write.
    const retry = staleVersionRetry(c, answer);
    if (retry) await exercise(route, retry);
  }

  /** Each route of a phase in turn, its share of the requests; the failures of all of them. */
  async function fuzzPhase(phase: FuzzRoute['phase']): Promise<string[]> {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.phase === phase)) {
      const seed = SEED + routes.indexOf(route);
      const details = await fc.check(
        fc.asyncProperty(casesFor(route, ids, base), (c) => exercise(route, c)),
        { seed, numRuns: numRuns.get(route.key)!, maxSkipsPerRun: 0 },
      );
      if (details.failed) {
        failedRoutes.add(route.key);
        failures.push(`${route.key} (seed ${seed}, path ${details.counterexamplePath}): ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
      }
    }
    // The run must not have lost its sessions on the way (that would turn it into 401s).
    for (const client of SIGNED_IN) {
      const me = await fetch(`${base}/api/auth/me`, { headers: { cookie: cookies[client]! } });
      await me.text();
      if (me.status !== 200) failures.push(`${client} is no longer signed in after the ${phase} routes (${me.status})`);
    }
    return failures;
  }

  beforeAll(async () => {
    sut = await startTestApp();
    const server = sut.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // Reports in every state: SNGV draft (the signed-in unit's), CAT submitted, STTTT accepted,
    // TTTT returned, BXTDT not started; a draft period with task groups; a compiled summary.
    const office = await sut.signIn('vanphong');
    const { periodId, reportIdOf } = await openNewPeriod(sut, office, ['SNGV', 'CAT', 'STTTT', 'TTTT', 'BXTDT']);
    const attachments: Record<string, string[]> = {};
    for (const [login, code] of [['songoaivu', 'SNGV'], ['congan', 'CAT'], ['sotttt', 'STTTT'], ['truyenthong', 'TTTT']] as const) {
      const agent = await sut.signIn(login);
      const file = await agent.post(`/api/reports/${reportIdOf(code)}/attachments`).attach('file', PDF, { filename: 'minh-chung.pdf' });
      if (file.status !== 201) throw new Error(`upload: ${file.status} ${file.text}`);
      attachments[reportIdOf(code)] = [file.body.id];
      await fillReport(agent, reportIdOf(code));
      if (code !== 'SNGV') await agent.post(`/api/reports/${reportIdOf(code)}/submit`).expect(200);
    }
    await office.post(`/api/reports/${reportIdOf('STTTT')}/accept`).expect(200);
    await office.post(`/api/reports/${reportIdOf('TTTT')}/return`).send({ sectionIds: [], reason: 'Bổ sung số liệu', revisionDueDate: '2022-06-24' }).expect(200);
    await office.post(`/api/periods/${periodId}/summary/compile`).send({ includeSubmitted: true }).expect(200);
    const draft = await office.post('/api/periods').send({
      title: 'Báo cáo tháng 8 năm 2022', kind: 'month', year: 2022, sequence: 8, dueDate: '2022-08-17', requiresHeadApproval: false, copyFromPeriodId: await demoPeriodId(sut),
    });
    if (draft.status !== 201) throw new Error(`draft period: ${draft.status} ${draft.text}`);

    stored = await StoredData.open(sut.databaseUrl);
    ids = { periods: [], reports: [], agencies: [], accounts: [], all: [], byKind: {}, indicatorsBySection: {}, bulletin: { issues: [], items: [], photos: [] } };
    const client = new pg.Client({ connectionString: sut.databaseUrl });
    await client.connect();
    try {
      const rows = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await client.query<T>(sql, values)).rows;
      const demo = await demoPeriodId(sut);
      for (const id of [periodId, draft.body.id as string, demo]) {
        ids.periods.push({
          id,
          taskGroups: (await rows<{ id: string }>(`SELECT id FROM task_groups WHERE period_id = $1 ORDER BY ordinal`, [id])).map((r) => r.id),
          summaryKeys: (await rows<{ key: string }>(`SELECT s.key FROM summary_sections s JOIN summaries m ON m.id = s.summary_id WHERE m.period_id = $1 ORDER BY s.position`, [id])).map((r) => r.key),
        });
      }
      const reportIds = [
        ...['SNGV', 'SNGV', 'SNGV', 'CAT', 'STTTT', 'TTTT', 'BXTDT'].map(reportIdOf),
        ...(await rows<{ id: string }>(`SELECT r.id FROM agency_reports r JOIN agencies a ON a.id = r.agency_id WHERE r.period_id = $1 AND a.code IN ('SNGV', 'CAT')`, [demo])).map((r) => r.id),
      ];
      for (const id of reportIds) {
        ids.reports.push({
          id,
          sections: (await rows<{ id: string }>(`SELECT s.id FROM report_sections s LEFT JOIN task_groups g ON g.id = s.task_group_id WHERE s.report_id = $1 ORDER BY g.ordinal, s.general_key`, [id])).map((r) => r.id),
          attachments: attachments[id] ?? [],
        });
      }
      ids.agencies = (await rows<{ id: string }>(`SELECT id FROM agencies ORDER BY code`)).map((r) => r.id);
      // The July issues first (they hold the items), then the rest of the year.
      ids.bulletin = {
        issues: (await rows<{ id: string }>(`SELECT id FROM bulletin_issues ORDER BY (number IN (13, 14)) DESC, number`)).map((r) => r.id),
        items: (await rows<{ id: string }>(`SELECT id FROM bulletin_items ORDER BY id`)).map((r) => r.id),
        photos: (await rows<{ id: string }>(`SELECT id FROM bulletin_photos ORDER BY id`)).map((r) => r.id),
      };
      for (const login of ['taikhoanfuzz1', 'taikhoanfuzz2']) {
        ids.accounts.push((await rows<{ id: string }>(`INSERT INTO users (login, full_name, role, password_hash) VALUES ($1, 'Tài khoản thử', 'leader', 'x') RETURNING id`, [login]))[0]!.id);
      }
      const indicators = (await rows<{ id: string }>(`SELECT i.id FROM indicators i JOIN task_groups g ON g.id = i.task_group_id WHERE g.period_id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], g.period_id), g.ordinal, i.ordinal`, [ids.periods.map((p) => p.id)])).map((r) => r.id);
      ids.indicatorsBySection = Object.fromEntries(
        (
          await rows<{ id: string; indicators: string[] }>(
            `SELECT s.id, array_agg(i.id::text ORDER BY i.ordinal) AS indicators FROM report_sections s JOIN indicators i ON i.task_group_id = s.task_group_id
              WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`,
            [ids.reports.flatMap((r) => r.sections)],
          )
        ).map((r) => [r.id, r.indicators]),
      );
      ids.byKind = {
        indicator: indicators,
        section: ids.reports.flatMap((r) => r.sections),
        agency: ids.agencies,
        taskGroup: ids.periods.flatMap((p) => p.taskGroups),
        period: ids.periods.map((p) => p.id),
        copyFromPeriod: ids.periods.map((p) => p.id),
        report: ids.reports.map((r) => r.id),
        attachment: ids.reports.flatMap((r) => r.attachments),
        item: ids.bulletin.items,
      };
      ids.all = [...new Set([...ids.periods.flatMap((p) => [p.id, ...p.taskGroups]), ...ids.reports.flatMap((r) => [r.id, ...r.sections, ...r.attachments]), ...ids.agencies, ...indicators])];
    } finally {
      await client.end();
    }
    await stored.changedTables();

    for (const client of SIGNED_IN) cookies[client] = await signIn(client as Exclude<ClientName, 'anonymous'>);
    await stored.changedTables();

    // Reads first, then writes with bodies, then body-less transitions; acting on periods (close,
    // archive) last of all, so that no accepted write ends the work of the routes after it.
    const order = (r: FuzzRoute) => ['read', 'body', 'bodiless'].indexOf(r.phase) * 2 + (r.phase === 'bodiless' && r.entry.path.startsWith('/api/periods/') ? 1 : 0);
    routes = fuzzRoutes(sut.app).sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key));
    const weightOf = (r: FuzzRoute) => ({ body: 5, bodiless: 1, read: r.query && fieldsOf(r.query).has('page') ? 5 : r.query ? 2 : 1 })[r.phase];
    const totalWeight = routes.reduce((sum, r) => sum + weightOf(r), 0);
    for (const route of routes) numRuns.set(route.key, Math.ceil((TOTAL_REQUESTS * weightOf(route)) / totalWeight));
  }, 180_000);

  afterAll(async () => {
    await stored?.close();
    await sut?.close();
  });

  /** Inputs that once answered 5xx, tried whatever the seed: each is a 422 naming its field, nothing stored. */
  it('found by fuzzing: far dates, exponent-notation decimals and blank titles are 422s, not 500s', async () => {
    const [open, draft] = ids.periods;
    const unitReport = ids.reports[0]!;
    const taskSection = unitReport.sections.find((id) => ids.indicatorsBySection[id]?.length)!;
    const indicatorId = ids.indicatorsBySection[taskSection]![0]!;
    const period = { title: 'Báo cáo tháng 1 năm 2000', kind: 'month', year: 2000, sequence: 1, dueDate: '2022-06-17', requiresHeadApproval: false };
    const cases: [Case, string][] = [
      [{ client: 'office', method: 'POST', url: '/api/periods', body: JSON.stringify({ ...period, cutOffTo: '9999-12-31' }) }, 'cutOffTo'],
      [{ client: 'office', method: 'POST', url: '/api/periods', body: JSON.stringify({ ...period, dueDate: '0001-01-01' }) }, 'dueDate'],
      [{ client: 'office', method: 'PATCH', url: `/api/periods/${draft!.id}`, body: JSON.stringify({ cutOffTo: '9999-12-31' }) }, 'cutOffTo'],
      [{ client: 'office', method: 'POST', url: `/api/reports/${ids.reports[3]!.id}/extension`, body: JSON.stringify({ dueDate: '9999-12-31', reason: 'Gia hạn' }) }, 'dueDate'],
      ...['5e-324', '1e-7'].map((value): [Case, string] => [
        {
          client: 'unit',
          method: 'PUT',
          url: `/api/reports/${unitReport.id}/sections/${taskSection}`,
          body: `{"version":0,"text":"a","status":"done","indicatorValues":[{"indicatorId":"${indicatorId}","value":${value}}]}`,
        },
        'indicatorValues.0.value',
      ]),
      [{ client: 'office', method: 'POST', url: `/api/periods/${draft!.id}/task-groups`, body: JSON.stringify({ title: '    ', indicators: [] }) }, 'title'],
      [{ client: 'office', method: 'PATCH', url: `/api/periods/${open!.id}`, body: JSON.stringify({ title: '     ' }) }, 'title'],
      [
        { client: 'office', method: 'POST', url: `/api/periods/${draft!.id}/task-groups`, body: JSON.stringify({ title: 'Nhóm mới', indicators: [{ name: ' ', unit: ' ', aggregation: 'sum', integerOnly: true, target: null }] }) },
        'indicators.0.name',
      ],
    ];
    await stored.changedTables();
    for (const [c, field] of cases) {
      const answer = await send({ ...c, contentType: 'application/json' });
      const body = JSON.parse(answer.text) as { code: string; details?: { field: string }[] };
      expect([describeCase(c), answer.status, body.code, body.details?.map((d) => d.field)]).toEqual([describeCase(c), 422, 'VALIDATION_FAILED', expect.arrayContaining([field])]);
      expect(await stored.changedTables()).toEqual([]);
    }
  });

  it('GET routes: generated query strings and path parameters', async () => {
    expect(await fuzzPhase('read')).toEqual([]);
  }, 600_000);

  it('write routes with a body: generated bodies from their DTOs, broken JSON and other media types', async () => {
    expect(await fuzzPhase('body')).toEqual([]);
  }, 600_000);

  it('write routes without a body: generated bodies must not matter', async () => {
    expect(await fuzzPhase('bodiless')).toEqual([]);
  }, 600_000);

  it(`${MIN_REQUESTS}+ requests over every write route and every route with a query: no 5xx, every refusal in the error shape, no refusal changed data`, () => {
    const covered = routes.filter((r) => r.phase !== 'read' || r.query);
    reportCounts(
      'fuzz',
      `fuzz: ${counts.requests} requests over ${requestsByRoute.size} routes, ${counts.fiveXX} answered 5xx, ` +
        `${counts.refusedInShape} refused in the error shape (of ${counts.refused} refused; ${counts.accepted} accepted), ` +
        `${counts.refusalsChangedData} refusals changed data, ${counts.noAnswer} without an answer (seed ${SEED})`,
    );
    expect(covered.filter((r) => !failedRoutes.has(r.key) && (requestsByRoute.get(r.key) ?? 0) < numRuns.get(r.key)!).map((r) => r.key)).toEqual([]);
    expect(counts.requests).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(counts).toEqual(expect.objectContaining({ fiveXX: 0, refusalsChangedData: 0, noAnswer: 0, refusedInShape: counts.refused }));
  });
});
