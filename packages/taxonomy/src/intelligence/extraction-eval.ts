/** R-Precision@K evaluation of extraction against annotated sentences (the validation CSV format). */

export const NO_SKILL_LABELS: ReadonlySet<string> = new Set(['LABEL NOT PRESENT', 'UNDERSPECIFIED']);

export interface GoldSentence {
  sentence: string;
  /** Gold skill URIs; labels without an ESCO skill of that name become `unmapped:<label>`. */
  gold: Set<string>;
}

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0]);
}

/** Groups annotation rows by sentence; sentences without a gold skill are left out. */
export function goldSentences(csv: string, uriOfLabel: (label: string) => string | undefined): GoldSentence[] {
  const [header, ...rows] = parseCsv(csv);
  const sentenceCol = Math.max(0, header?.indexOf('sentence') ?? 0);
  const labelCol = header?.indexOf('label') ?? 3;
  const gold = new Map<string, Set<string>>();
  for (const row of rows) {
    const sentence = row[sentenceCol] ?? '';
    const label = (row[labelCol] ?? '').trim();
    if (!gold.has(sentence)) gold.set(sentence, new Set());
    if (!label || NO_SKILL_LABELS.has(label)) continue;
    gold.get(sentence)?.add(uriOfLabel(label) ?? `unmapped:${label}`);
  }
  return [...gold].filter(([, uris]) => uris.size > 0).map(([sentence, uris]) => ({ sentence, gold: uris }));
}

/**
 * A prediction is a skill URI, or a result with the near-duplicates folded into it (its URI
 * first): it is right when one of them is gold, and counts once.
 */
export type Predicted = string | readonly string[];

export function rPrecisionAtK(predicted: readonly Predicted[], gold: ReadonlySet<string>, k: number): number {
  if (gold.size === 0) return 0;
  let hits = 0;
  for (const item of predicted.slice(0, k)) if (typeof item === 'string' ? gold.has(item) : item.some((uri) => gold.has(uri))) hits += 1;
  return hits / Math.min(k, gold.size);
}

/** Mean RP@5 and RP@10 in percent. */
export function evaluate(sentences: readonly GoldSentence[], predict: (sentence: string) => Predicted[]): { rp5: number; rp10: number } {
  let rp5 = 0;
  let rp10 = 0;
  for (const { sentence, gold } of sentences) {
    const predicted = predict(sentence);
    rp5 += rPrecisionAtK(predicted, gold, 5);
    rp10 += rPrecisionAtK(predicted, gold, 10);
  }
  const n = Math.max(1, sentences.length);
  return { rp5: (100 * rp5) / n, rp10: (100 * rp10) / n };
}

/**
 * Precision and recall of what is shown, in percent: precision is the share of shown results
 * (folded, see Predicted) that are right, recall the share of gold skills that a shown result
 * holds; `shown` is how many results a sentence shows on average.
 */
export function precisionRecall(
  sentences: readonly GoldSentence[],
  shown: (sentence: string) => Predicted[],
): { precision: number; recall: number; shown: number } {
  let right = 0;
  let count = 0;
  let found = 0;
  let gold = 0;
  for (const sentence of sentences) {
    const items = shown(sentence.sentence).map((item) => (typeof item === 'string' ? [item] : item));
    count += items.length;
    right += items.filter((uris) => uris.some((uri) => sentence.gold.has(uri))).length;
    gold += sentence.gold.size;
    for (const uri of sentence.gold) if (items.some((uris) => uris.includes(uri))) found += 1;
  }
  return { precision: (100 * right) / Math.max(1, count), recall: (100 * found) / Math.max(1, gold), shown: count / Math.max(1, sentences.length) };
}
