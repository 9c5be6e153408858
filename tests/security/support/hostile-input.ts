import fc from 'fast-check';
import type { JsonSchema } from './openapi-routes.ts';

/** Strings that have broken parsers, queries, templates and renderers before. */
export const HOSTILE_STRINGS = [
  '', ' ', '\t', '\n', '\r\n', '\u0000', 'a\u0000b', '%00', '\u0007', '\u001b[31mred', '\u007f', '\u0085', '\u2028', '\u202e', '\ufeff', '\u200b', '\ud800', '\udfff', 'e\u0301',
  '😀', '👩‍👩‍👧', 'ß', 'İ', 'Ǆ', '𝕏', 'ﷺ', '١٢٣', 'Лозенец',
  "' OR '1'='1", "'; drop table users; --", '" OR ""="', "1' and pg_sleep(3)--", '\\', "\\'", '%', '_', '%_%', '*', '$1', '?', ';',
  '${jndi:ldap://x}', '{{7*7}}', '<%= 7*7 %>', '#{7*7}',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '&lt;&#x3c;',
  '../../../../etc/passwd', '..\\..\\windows\\win.ini', '/', '//', '%2F', '%2e%2e%2f', '..%2f', '#', '&', '=', '+',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'null', 'undefined', 'NaN', 'Infinity', 'true', '[]', '{}',
  '0', '-0', '-1', '1e309', '9007199254740993', '0x10', '1_000',
  'http://data.europa.eu/esco/skill/', 'urn:kc:skill:', 'admin@cluster.example.org',
];

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat('\u007f', '\u0085', '\u2028', '\u2029', '\ud800', '\udc00');

/** Any string, biased to the hostile; rarely long. Never over ~20 KB (see `hugeString`). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL), minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('urn:', 'https://example.org/', '', 'a@b.c'), fc.string({ maxLength: 6 })).map(([prefix, s]) => `${prefix}${s}\u0000${s}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_STRINGS)).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 200, max: 20_000 }), fc.constantFrom('a', 'é', '😀', '\u0000', '<', "'", '%')).map(([n, c]) => c.repeat(n)) },
);

/** 100–320 KB: around the API's 256 KiB body limit, with multi-byte characters. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 100_000, max: 320_000 }), fc.constantFrom('A', 'é', '😀', '\\'))
  .map(([bytes, c]) => c.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(c)))));

const numberEdge = fc.constantFrom(0, -0, -1, 1, 0.5, 1e-7, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 53 + 2, 1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE);

/** A JSON leaf of any type. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), numberEdge, fc.double({ noNaN: true, noDefaultInfinity: true })) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
);

/** Keys an attacker would try, and the route's own field names. */
export const keyArbitrary = (fields: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fields.length ? fc.constantFrom(...fields) : fc.constant('id') },
    { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'isClusterAdmin', 'role', 'id', 'userId', 'organisationId', 'version', 'isDemo', 'verified', 'passwordHash') },
    { weight: 2, arbitrary: hostileString },
  );

/** Any JSON value up to a few levels deep, hostile at the leaves and in the keys. */
export const hostileJson = (fields: string[]): fc.Arbitrary<unknown> =>
  fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 4 },
      hostileLeaf,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.array(fc.tuple(keyArbitrary(fields), tie('node')), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
    ),
  })).node;

/** JSON text a parser must survive: deep nesting, duplicate keys, bad syntax, odd encodings. */
export const malformedJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 50, max: 60_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 50, max: 50_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 50, max: 60_000 }).map((n) => '['.repeat(n)),
  fc.constantFrom('', '{', '}', '{"a":}', "{'a':1}", '{"a":1,}', '[1,2,', 'nul', 'NaN', '{"a":NaN}', '{"a":Infinity}', '"\\ud800"', '"\\u0000"', '\ufeff{}', '{"a":1}{"b":2}', '{"version":1,"version":"1"}', '{"__proto__":null}', '1e99999', '-', '"' + '\\'.repeat(101)),
  hostileString,
);

/** A value the schema almost accepts: the right type near its bounds, or a listed special. */
export function nearValid(schema: JsonSchema | undefined, specials: unknown[] = []): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [];
  if (specials.length) options.push(fc.constantFrom(...specials));
  if (!schema) return options.length ? fc.oneof(...options, hostileLeaf) : hostileLeaf;
  if (schema.enum?.length) options.push(fc.constantFrom(...schema.enum));
  for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) options.push(nearValid(sub));
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of types) {
    if (type === 'string') options.push(stringNear(schema));
    else if (type === 'integer' || type === 'number') options.push(numberNear(schema, type === 'integer'));
    else if (type === 'boolean') options.push(fc.boolean());
    else if (type === 'null') options.push(fc.constant(null));
    else if (type === 'array') options.push(fc.array(nearValid(schema.items), { maxLength: Math.min((schema.maxItems ?? 4) + 1, 6) }));
    else if (type === 'object') options.push(objectNear(schema));
  }
  return options.length ? fc.oneof(...options) : hostileLeaf;
}

function stringNear(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.uuid(), fc.constantFrom('00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF', '00000000-0000-0000-0000-00000000000g'));
    case 'date':
      return fc.oneof(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom('2027-02-29', '2028-02-29', '2027-13-01', '2027-00-10', '0000-01-01', '9999-12-31', '2027-1-1', '2027-01-01T00:00:00Z', '20270101'),
      );
    case 'email':
      return fc.constantFrom('fuzz@fuzz.invalid', 'FUZZ+tag@fuzz.invalid', 'a@b', 'a@b.c', '@fuzz.invalid', 'fuzz@', `${'a'.repeat(64)}@${'b'.repeat(185)}.invalid`, 'f\u0000z@fuzz.invalid');
    case 'uri':
    case 'url':
      return fc.constantFrom('https://example.org/x', 'http://localhost:1/', 'javascript:alert(1)', 'ftp://example.org', 'https://', 'https://ex ample.org');
  }
  const max = Math.min(schema.maxLength ?? 60, 25_000);
  const min = schema.minLength ?? 0;
  return fc.oneof(
    fc.string({ maxLength: Math.min(max, 60) }),
    fc.constantFrom(max, max + 1, Math.max(0, min - 1), min).map((n) => 'x'.repeat(n)),
    hostileString,
  );
}

function numberNear(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = schema.minimum ?? -1_000_000;
  const hi = schema.maximum ?? 1_000_000;
  const edges = fc.constantFrom(lo, hi, lo - 1, hi + 1, 0, -1, 2 ** 31, 2 ** 53, 1e308);
  return integer
    ? fc.oneof(fc.integer({ min: Math.max(lo - 2, -(2 ** 31)), max: Math.min(hi + 2, 2 ** 31 - 1) }), edges, fc.constantFrom(1.5, lo + 0.5))
    : fc.oneof(fc.double({ min: lo - 1, max: hi + 1, noNaN: true, noDefaultInfinity: true }), edges);
}

function objectNear(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return fc.constant({});
  return fc.record(Object.fromEntries(properties.map(([k, s]) => [k, nearValid(s)])), { requiredKeys: [] });
}

/** Characters a header value may hold (Latin-1 without CR, LF, NUL). */
export const headerSafe = (maxLength = 300): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constant(0x09)).map((c) => String.fromCharCode(c)),
    maxLength,
  });

/** Numbers as a query string spells them, valid and not. */
export const numberishText = fc.constantFrom('-1', '0', '1', '2', '20', '100', '101', '10000', '10001', 'NaN', 'Infinity', '-Infinity', '1e309', '1e3', '1e-309', '9007199254740993', '99999999999999999999', '0x10', '0b11', '1.5', '１', '', ' ', ' 3 ', '+5', '-0', '1,2', 'null');

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** encodeURIComponent, which throws on lone surrogates, after replacing them as a browser would. */
export const encodeComponent = (value: string) => encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
