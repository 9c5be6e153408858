/**
 * Column-oriented row buffers for bulk inserts. Rows are kept as one array per column so a
 * batch becomes one Postgres array literal per column, inserted through `unnest`.
 */

export type ColumnValue = string | number | boolean | null;

export interface Column<T extends ColumnValue> {
  /** The Postgres type the array literal is cast to, e.g. `uuid` or `organisation_kind`. */
  readonly sqlType: string;
  /** Values that never need quoting in an array literal (uuids, numbers, dates). */
  readonly bare: boolean;
  /** Type carrier only; never set. */
  readonly sample?: T;
}

function column<T extends ColumnValue>(sqlType: string, bare: boolean): Column<T> {
  return { sqlType, bare };
}

export const col = {
  uuid: column<string>('uuid', true),
  uuidOrNull: column<string | null>('uuid', true),
  text: column<string>('text', false),
  textOrNull: column<string | null>('text', false),
  integer: column<number>('integer', true),
  integerOrNull: column<number | null>('integer', true),
  smallint: column<number>('smallint', true),
  smallintOrNull: column<number | null>('smallint', true),
  numericOrNull: column<number | null>('numeric', true),
  dateOrNull: column<string | null>('date', true),
  timestamp: column<string>('timestamptz', true),
  timestampOrNull: column<string | null>('timestamptz', true),
  boolean: column<boolean>('boolean', true),
  enumOf: <T extends string>(sqlType: string) => column<T>(sqlType, false),
  enumOrNullOf: <T extends string>(sqlType: string) => column<T | null>(sqlType, false),
} as const;

export type TableShape = Readonly<Record<string, Column<ColumnValue>>>;
export type RowOf<S extends TableShape> = { [K in keyof S]: S[K] extends Column<infer T> ? T : never };

export function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** What the bulk writer needs from a table, whatever its row type. */
export interface BulkSource {
  readonly name: string;
  readonly demoFlag: boolean;
  readonly size: number;
  /** [snake_case column, Postgres type] in column order. */
  sqlColumns(): [string, string][];
  arrayLiterals(start: number, end: number): string[];
}

export class DemoTable<S extends TableShape> implements BulkSource {
  readonly columnNames: readonly (keyof S & string)[];
  private readonly data: ColumnValue[][];
  private rows = 0;

  /** `demoFlag`: the table has an `is_demo` column, which every inserted row sets to true. */
  constructor(
    readonly name: string,
    readonly shape: S,
    readonly demoFlag: boolean,
  ) {
    this.columnNames = Object.keys(shape) as (keyof S & string)[];
    this.data = this.columnNames.map(() => []);
  }

  get size(): number {
    return this.rows;
  }

  push(row: RowOf<S>): void {
    const names = this.columnNames;
    for (let c = 0; c < names.length; c++) {
      const name = names[c] as keyof S & string;
      (this.data[c] as ColumnValue[]).push(row[name] as ColumnValue);
    }
    this.rows++;
  }

  values<K extends keyof S & string>(name: K): readonly RowOf<S>[K][] {
    const index = this.columnNames.indexOf(name);
    return (this.data[index] ?? []) as RowOf<S>[K][];
  }

  sqlColumns(): [string, string][] {
    return this.columnNames.map((name) => [toSnakeCase(name), (this.shape[name] as Column<ColumnValue>).sqlType]);
  }

  /** The columns of rows [start, end) as Postgres array literals, in column order. */
  arrayLiterals(start: number, end: number): string[] {
    return this.columnNames.map((name, c) => {
      const column = this.shape[name] as Column<ColumnValue>;
      return arrayLiteral((this.data[c] ?? []).slice(start, end), column.bare);
    });
  }
}

const NEEDS_ESCAPE = /[\\"]/g;

export function arrayLiteral(values: readonly ColumnValue[], bare: boolean): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) parts[i] = 'NULL';
    else if (bare) parts[i] = String(value);
    else parts[i] = `"${String(value).replace(NEEDS_ESCAPE, '\\$&')}"`;
  }
  return `{${parts.join(',')}}`;
}
