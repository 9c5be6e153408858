/** Groups rows by a key, keeping their order, and strips the key from each row. */
export function groupBy<K extends string, R extends Record<K, string>>(rows: R[], key: K): Map<string, Omit<R, K>[]> {
  const groups = new Map<string, Omit<R, K>[]>();
  for (const row of rows) {
    const { [key]: id, ...rest } = row;
    const list = groups.get(id) ?? [];
    list.push(rest);
    groups.set(id, list);
  }
  return groups;
}
