import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { must } from '@candor/platform';
import { EXECUTABLE, PDF } from './factories.js';

/** The part of OpenAPI 3 that the API's generated document uses. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: readonly unknown[];
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: readonly string[];
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** Who may call a route: anybody, a reporter with a receipt session, or a signed-in staff member. */
export type Audience = 'public' | 'reporter' | 'staff';

export interface Route {
  readonly method: string;
  /** The path template of the document, e.g. `/api/v1/cases/{reference}`. */
  readonly path: string;
  readonly audience: Audience;
  readonly pathParams: readonly Parameter[];
  readonly queryParams: readonly Parameter[];
  readonly body?: { readonly schema: Schema; readonly json: boolean; readonly multipart: boolean };
}

export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: Buffer;
}

/** A request known to be valid, which the generator mutates one field at a time. */
export interface Seed {
  readonly body?: Record<string, unknown>;
  readonly query?: Record<string, string>;
}

/** What the requests are built from besides the document: real ids, live tokens, valid seeds. */
export interface FuzzContext {
  /** Values each path parameter takes most of the time, so that requests get past the 404. */
  readonly pathValues: Readonly<Record<string, readonly string[]>>;
  readonly tokens: Readonly<Record<Exclude<Audience, 'public'>, readonly string[]>>;
  /**
   * By `METHOD /path` of the document. Values drawn from the schema alone rarely satisfy the rules
   * that tie fields together (a named report needs a reporter), so most requests of a seeded route
   * are its seed with one part replaced by a generated value, or removed.
   */
  readonly seeds: Readonly<Record<string, Seed>>;
}

export function routeKey(route: Pick<Route, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

export function routesOf(document: OpenApiDocument): Route[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]): Route => {
      const content = operation.requestBody?.content ?? {};
      const [schema] = Object.values(content).map((c) => c.schema);
      return {
        method: method.toUpperCase(),
        path,
        audience: !operation.security
          ? 'public'
          : operation.tags?.includes('reporter')
            ? 'reporter'
            : 'staff',
        pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path'),
        queryParams: (operation.parameters ?? []).filter((p) => p.in === 'query'),
        body: schema && {
          schema,
          json: 'application/json' in content,
          multipart: 'multipart/form-data' in content,
        },
      };
    }),
  );
}

/** The deepest nesting of objects and arrays that a valid body of `schema` can have. */
export function schemaDepth(document: OpenApiDocument, schema: Schema): number {
  const resolved = resolve(document, schema);
  if (resolved.type === 'array' && resolved.items) return 1 + schemaDepth(document, resolved.items);
  if (resolved.type === 'object' || resolved.properties) {
    const depths = Object.values(resolved.properties ?? {}).map((p) => schemaDepth(document, p));
    return 1 + Math.max(0, ...depths);
  }
  return 0;
}

function resolve(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(document, must(document.components.schemas[name], `a schema named ${name}`));
  }
  const [only, ...more] = schema.allOf ?? [];
  if (only !== undefined && more.length === 0) return resolve(document, only);
  return schema;
}

// Strings that broke parsers, drivers or date handling somewhere, offered to every string field.
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b@example.com',
  '\ud800@x.io',
  'x\udfff',
  '\ud83d',
  '😀',
  'Ünïcödé@exämple.de',
  '\u202e',
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '10000-01-01',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00Z',
  '2026-01-01T25:61:61Z',
  '2026-01-01T00:00:00+99:99',
  '0',
  '-1',
  '1e309',
  'NaN',
  '99999999999999999999',
  '00000000-0000-0000-0000-000000000000',
  'CND-2026-000000',
  'CND-0000-000000',
  'true',
  'null',
  '%00',
  '../../etc/passwd',
  "'; DROP TABLE cases; --",
  '\\',
  '"',
  '<script>alert(1)</script>',
  '{"$gt":""}',
  '__proto__',
];

const DATES = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.date({ noInvalidDate: true }),
);

// Opaque tokens (cursors) are often encoded JSON: some are, with date-like and hostile values.
const encodedJson = fc
  .dictionary(
    fc.constantFrom('d', 'r', 'id', 'at'),
    fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS),
      DATES.map((d) => d.toISOString()),
      fc.constant(null),
      fc.integer(),
    ),
  )
  .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));

const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.oneof(
        fc.constantFrom('\u0000', '\ud800', '\udc00', '\uffff'),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
      maxLength: 8,
    }),
  },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: encodedJson },
);

const jsonLeaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(...HOSTILE_STRINGS),
);

/** A value of the wrong shape: what a confused or hostile client puts in place of the right one. */
function wrongShape(conforming: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    jsonLeaf,
    fc.constantFrom([], {}, [[]], [{}], [[[]]]),
    conforming.map((v) => [v]),
    conforming.map((v) => [[v]]),
    conforming.map((v) => ({ value: v })),
    fc.integer({ min: 4, max: 12 }).map((depth) => nested(depth, 'x')),
    fc.array(jsonLeaf, { maxLength: 3 }),
  );
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

const FORMATTED: Record<string, fc.Arbitrary<string>> = {
  email: fc.emailAddress(),
  uuid: fc.uuid(),
  date: DATES.map((d) => d.toISOString().slice(0, 10)),
  'date-time': DATES.map((d) => d.toISOString()),
};

function stringArb(schema: Schema): fc.Arbitrary<string> {
  const options: Array<fc.WeightedArbitrary<string>> = [{ weight: 3, arbitrary: anyString }];
  const max = schema.maxLength;
  if (schema.enum)
    options.push({ weight: 8, arbitrary: fc.constantFrom(...schema.enum.map(String)) });
  if (typeof schema.example === 'string')
    options.push({ weight: 6, arbitrary: fc.constant(schema.example) });
  if (max !== undefined) {
    options.push({ weight: 1, arbitrary: fc.constantFrom('x'.repeat(max), 'é'.repeat(max + 1)) });
  }
  const formatted = schema.format ? FORMATTED[schema.format] : undefined;
  options.push({ weight: 6, arbitrary: formatted ?? fc.string({ minLength: 1, maxLength: 60 }) });
  return fc.oneof(...options);
}

/** Values for `schema`: mostly of the documented shape (so requests reach the domain), some not. */
function valueArb(document: OpenApiDocument, schema: Schema): fc.Arbitrary<unknown> {
  const conforming = conformingArb(document, resolve(document, schema));
  return fc.oneof(
    { weight: 8, arbitrary: conforming },
    { weight: 1, arbitrary: wrongShape(conforming) },
  );
}

function conformingArb(document: OpenApiDocument, schema: Schema): fc.Arbitrary<unknown> {
  if (schema.enum && schema.type !== 'string') return fc.constantFrom(...schema.enum);
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.type === 'number' || schema.type === 'integer') {
    return fc.oneof(
      fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000 }),
      fc.constantFrom(0, -1, 1e21, 2 ** 53 + 1, 0.5),
    );
  }
  if (schema.type === 'array' && schema.items) {
    const maxItems = schema.maxItems ?? 3;
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc.array(valueArb(document, schema.items), {
          maxLength: Math.min(3, maxItems),
        }),
      },
      {
        weight: 1,
        arbitrary: conformingArb(document, resolve(document, schema.items)).map((item) =>
          Array.from({ length: maxItems + 1 }, () => item),
        ),
      },
    );
  }
  if (schema.type === 'object' || schema.properties) {
    const properties = Object.entries(schema.properties ?? {});
    const required = new Set(schema.required ?? []);
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, property] of properties) record[name] = valueArb(document, property);
    const withRequired = fc.record(record, {
      requiredKeys: properties.map(([name]) => name).filter((name) => required.has(name)),
    });
    return fc.oneof(
      { weight: 8, arbitrary: withRequired },
      // Missing required fields, and fields nobody documented.
      { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            withRequired,
            fc.constantFrom('access_token', 'id', 'constructor', 'isAdmin'),
            jsonLeaf,
          )
          .map(([value, key, extra]) => ({ ...(value as object), [key]: extra })),
      },
    );
  }
  return stringArb(schema);
}

type Path = ReadonlyArray<string | number>;

/** Every path into a JSON value (the value itself included, as the empty path). */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const children =
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) =>
          pathsOf(item, [...prefix, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [prefix, ...children];
}

function schemaAt(document: OpenApiDocument, schema: Schema, path: Path): Schema {
  let current = resolve(document, schema);
  for (const step of path) {
    const next = typeof step === 'number' ? current.items : current.properties?.[step];
    if (!next) return { type: 'string' };
    current = resolve(document, next);
  }
  return current;
}

function replaceAt(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (remove && rest.length === 0) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(Number(step), 1);
    else delete copy[step];
    return copy;
  }
  copy[step] = replaceAt(copy[step], rest, replacement, remove);
  return copy;
}

/** The seed as is, or with one part replaced by a value generated from its schema, or removed. */
function mutatedArb(
  document: OpenApiDocument,
  schema: Schema,
  seed: unknown,
): fc.Arbitrary<unknown> {
  const paths = pathsOf(seed);
  const pathArb = fc.constantFrom(...paths);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(seed) },
    {
      weight: 6,
      arbitrary: pathArb.chain((path) =>
        valueArb(document, schemaAt(document, schema, path)).map((v) => replaceAt(seed, path, v)),
      ),
    },
    {
      weight: 1,
      arbitrary: pathArb
        .filter((path) => path.length > 0)
        .map((path) => replaceAt(seed, path, undefined, true)),
    },
  );
}

// Files of the kinds the allow-list meets: accepted, refused, empty, and bytes of no known type.
const FILES: ReadonlyArray<{ name: string; content: Buffer }> = [
  { name: 'evidence.pdf', content: PDF },
  { name: 'notes.txt', content: Buffer.from('The meeting was on Tuesday.\n') },
  { name: 'table.csv', content: Buffer.from('date,amount\n2026-01-01,100\n') },
  { name: 'empty.txt', content: Buffer.alloc(0) },
  { name: 'tool.exe', content: EXECUTABLE },
  { name: 'page.html', content: Buffer.from('<html><script>x()</script></html>') },
  { name: 'zeros.bin', content: Buffer.alloc(64) },
  {
    name: 'truncated.zip',
    content: Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000', 'latin1'),
  },
  { name: '\u0000.pdf', content: PDF },
  { name: '../../x.pdf', content: PDF },
];

const fileArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FILES) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 512 })
      .map((bytes) => ({ name: 'random.bin', content: Buffer.from(bytes) })),
  },
);

interface Part {
  name: string;
  value?: Buffer;
  file?: { name: string; content: Buffer };
}

/** Multipart fields for a body value: JSON text for objects and arrays, as the API documents. */
function multipartParts(
  document: OpenApiDocument,
  schema: Schema,
  value: unknown,
): fc.Arbitrary<Part[]> {
  const resolved = resolve(document, schema);
  const fileFields = Object.entries(resolved.properties ?? {})
    .filter(([, p]) => p.format === 'binary' || p.items?.format === 'binary')
    .map(([name]) => name);
  const fields =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).filter(([name]) => !fileFields.includes(name))
      : [];
  const asText = (v: unknown) =>
    Buffer.from(typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
  const fileFieldName = fc.oneof(
    { weight: 8, arbitrary: fc.constant(fileFields[0] ?? 'files') },
    { weight: 1, arbitrary: fc.constantFrom('evidence', 'report', '') },
  );
  return fc
    .record({
      together: fc.boolean(),
      files: fc.array(fc.tuple(fileFieldName, fileArb), { maxLength: 3 }),
      extra: sometimes(
        fc.tuple(fc.constantFrom('note', 'access_token', 'files', 'report'), anyString),
        10,
      ),
      invalidUtf8: fc.oneof(
        { weight: 9, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
    })
    .map(({ together, files, extra, invalidUtf8 }) => {
      const parts: Part[] =
        together && fields.length > 0
          ? [{ name: 'report', value: asText(Object.fromEntries(fields)) }]
          : fields.map(([name, v]) => ({ name, value: asText(v) }));
      if (extra) parts.push({ name: extra[0], value: Buffer.from(extra[1]) });
      const [first] = parts;
      if (invalidUtf8 && first !== undefined) {
        parts[0] = {
          ...first,
          value: Buffer.concat([first.value ?? Buffer.alloc(0), Buffer.from([0xc3, 0x28])]),
        };
      }
      return [...parts, ...files.map(([name, file]) => ({ name, file }))];
    });
}

function multipartPayload(parts: readonly Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----candorfuzz${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.file ? `; filename="${part.file.name.replace(/"/g, '')}"` : '';
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n` +
          (part.file ? 'Content-Type: application/octet-stream\r\n' : '') +
          '\r\n',
      ),
      part.file?.content ?? part.value ?? Buffer.alloc(0),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Percent-encodes the UTF-8 bytes of any string (encodeURIComponent throws on lone surrogates). */
function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

// Bodies that are not the JSON the route documents: broken, deep, empty, or of another type.
const RAW_BODIES = fc.oneof(
  fc.constantFrom(
    { contentType: 'application/json', payload: Buffer.from('{"a":') },
    { contentType: 'application/json', payload: Buffer.from('') },
    { contentType: 'application/json', payload: Buffer.from('null') },
    { contentType: 'application/json', payload: Buffer.from('"text"') },
    { contentType: 'application/json', payload: Buffer.from('[]') },
    { contentType: 'application/json', payload: Buffer.from('{"__proto__":{"x":1}}') },
    { contentType: 'application/json', payload: Buffer.from('{"a":"\\ud800"}') },
    { contentType: 'application/json', payload: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]) },
    { contentType: 'application/json', payload: Buffer.from('['.repeat(5000) + ']'.repeat(5000)) },
    {
      contentType: 'application/json',
      payload: Buffer.from(`{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3001)}`),
    },
    { contentType: 'text/plain', payload: Buffer.from('hello') },
    { contentType: 'application/x-www-form-urlencoded', payload: Buffer.from('a=1&b=2') },
    { contentType: 'application/xml', payload: Buffer.from('<a/>') },
    { contentType: 'multipart/form-data; boundary=x', payload: Buffer.from('--x\r\nbroken') },
    { contentType: 'multipart/form-data', payload: Buffer.from('no boundary') },
  ),
  fc
    .uint8Array({ maxLength: 64 })
    .map((bytes) => ({ contentType: 'application/json', payload: Buffer.from(bytes) })),
);

function authorization(route: Route, context: FuzzContext): fc.Arbitrary<string | undefined> {
  const forged = fc.constantFrom(
    undefined,
    'Bearer ',
    'Bearer x.y.z',
    'Basic dXNlcjpwYXNz',
    'Bearer a b',
    `Bearer ${'x'.repeat(5000)}`,
  );
  if (route.audience === 'public')
    return fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: forged },
    );
  const tokens = context.tokens[route.audience];
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...tokens).map((t) => `Bearer ${t}`) },
    { weight: 1, arbitrary: forged },
  );
}

/** `arb` in `percent` % of cases, null otherwise. */
function sometimes<T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | null> {
  return fc.oneof(
    { weight: 100 - percent, arbitrary: fc.constant(null) },
    { weight: percent, arbitrary: arb },
  );
}

function queryArb(
  document: OpenApiDocument,
  route: Route,
  seed: Record<string, string> | undefined,
): fc.Arbitrary<Array<[string, string]>> {
  const valueFor = (name: string) => {
    const schema = route.queryParams.find((p) => p.name === name)?.schema ?? { type: 'string' };
    return fc.oneof(
      { weight: 8, arbitrary: valueArb(document, schema).map((v) => [queryText(v)]) },
      // A parameter given twice arrives as a list.
      { weight: 1, arbitrary: fc.array(anyString, { minLength: 2, maxLength: 3 }) },
    );
  };
  const generated = fc
    .tuple(...route.queryParams.map((p) => sometimes(valueFor(p.name), 30)))
    .map((values) =>
      route.queryParams.flatMap((p, i) =>
        (values[i] ?? []).map((v): [string, string] => [p.name, v]),
      ),
    );
  if (!seed || route.queryParams.length === 0) return generated;
  const seeded = Object.entries(seed).map(([k, v]): [string, string] => [k, v]);
  const names = route.queryParams.map((p) => p.name);
  return fc.oneof(
    { weight: 1, arbitrary: generated },
    { weight: 1, arbitrary: fc.constant(seeded) },
    {
      weight: 5,
      arbitrary: fc
        .constantFrom(...names)
        .chain((name) =>
          sometimes(valueFor(name), 85).map((values) => [
            ...seeded.filter(([k]) => k !== name),
            ...(values ?? []).map((v): [string, string] => [name, v]),
          ]),
        ),
    },
  );
}

function bodyArb(
  document: OpenApiDocument,
  route: Route,
  seed: Record<string, unknown> | undefined,
): fc.Arbitrary<{ contentType?: string; payload?: Buffer }> {
  const body = route.body;
  if (!body) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: RAW_BODIES },
    );
  }
  const value = seed
    ? fc.oneof(
        { weight: 6, arbitrary: mutatedArb(document, body.schema, seed) },
        { weight: 2, arbitrary: valueArb(document, body.schema) },
      )
    : valueArb(document, body.schema);
  const asJson = (v: unknown) => ({
    contentType: 'application/json',
    payload: Buffer.from(JSON.stringify(v) ?? ''),
  });
  const asMultipart = (v: unknown) =>
    multipartParts(document, body.schema, v).map((parts) => multipartPayload(parts));
  const encoded = value.chain((v) =>
    !body.multipart
      ? fc.constant(asJson(v))
      : !body.json
        ? asMultipart(v)
        : fc.oneof(fc.constant(asJson(v)), asMultipart(v)),
  );
  return fc.oneof({ weight: 8, arbitrary: encoded }, { weight: 1, arbitrary: RAW_BODIES });
}

/** Requests for one route, derived from its parameters and body schema in the document. */
export function requestArb(
  document: OpenApiDocument,
  route: Route,
  context: FuzzContext,
): fc.Arbitrary<FuzzRequest> {
  const seed = context.seeds[routeKey(route)];
  const pathArbs = route.pathParams.map((p) => {
    const known = context.pathValues[p.name] ?? [];
    const generated = fc.oneof(anyString, fc.uuid()).filter((v) => v.length > 0);
    return known.length === 0
      ? generated
      : fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...known) },
          { weight: 1, arbitrary: generated },
        );
  });
  return fc
    .record({
      pathValues: fc.tuple(...pathArbs),
      query: queryArb(document, route, seed?.query),
      extraQuery: sometimes(
        fc.tuple(fc.constantFrom('access_token', 'unknown', 'limit'), anyString),
        5,
      ),
      auth: authorization(route, context),
      body: bodyArb(document, route, seed?.body),
      accept: fc.constantFrom(undefined, 'text/csv', 'application/json', '*/*', 'text/html'),
    })
    .map(({ pathValues, query, extraQuery, auth, body: sent, accept }) => {
      let path = route.path;
      route.pathParams.forEach((p, i) => {
        path = path.replace(`{${p.name}}`, percentEncode(must(pathValues[i], `{${p.name}}`)));
      });
      const pairs = extraQuery ? [...query, extraQuery] : query;
      const search = pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
      const headers: Record<string, string> = {};
      if (auth !== undefined) headers.authorization = auth;
      if (accept !== undefined) headers.accept = accept;
      const hasBody = route.method !== 'GET' && sent.payload !== undefined;
      if (hasBody && sent.contentType) headers['content-type'] = sent.contentType;
      return {
        method: route.method,
        url: search ? `${path}?${search}` : path,
        headers,
        payload: hasBody ? sent.payload : undefined,
      };
    });
}

function queryText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** A short account of a request for a failure message (payload cut, tokens hidden). */
export function describeRequest(request: FuzzRequest): string {
  const headers = { ...request.headers };
  if (headers.authorization) headers.authorization = headers.authorization.slice(0, 12) + '…';
  const payload = request.payload?.toString('utf8') ?? '';
  return `${request.method} ${request.url.slice(0, 300)} ${JSON.stringify(headers)} ${payload.slice(0, 600)}`;
}
