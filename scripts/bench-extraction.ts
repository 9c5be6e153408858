/**
 * Extraction quality on the validation sets: R-Precision@5 and @10 per set and macro.
 * Loads the index from the ESCO archive (no database). The last line is one JSON object.
 */
import { readFileSync } from 'node:fs';
import { buildSkillIndex, extract, readEscoArchive, skillIndexInputFromArchive } from '@kc/taxonomy';

const VALIDATION_DIR = new URL('../../shared/data/skill-extraction-validation/', import.meta.url);
const SETS = { tech: 'tech_validation_annotations.csv', house: 'house_validation_annotations.csv' } as const;
const NO_SKILL = new Set(['LABEL NOT PRESENT', 'UNDERSPECIFIED']);

function parseCsv(text: string): string[][] {
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
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0]);
}

function rPrecision(predicted: string[], gold: Set<string>, k: number): number {
  const top = predicted.slice(0, k);
  const hits = top.filter((uri) => gold.has(uri)).length;
  return hits / Math.min(k, gold.size);
}

const started = performance.now();
const archive = readEscoArchive();
const index = buildSkillIndex(skillIndexInputFromArchive(archive));
const loadMs = performance.now() - started;
const uriByLabel = new Map<string, string>();
const uriByLowerLabel = new Map<string, string>();
for (const skill of archive.skills) {
  uriByLabel.set(skill.preferredLabel, skill.uri);
  uriByLowerLabel.set(skill.preferredLabel.toLowerCase(), skill.uri);
}

const verbose = process.argv.includes('--verbose');
const figures: Record<string, { rp5: number; rp10: number }> = {};
let unmapped = 0;
for (const [name, file] of Object.entries(SETS)) {
  const [header, ...rows] = parseCsv(readFileSync(new URL(file, VALIDATION_DIR), 'utf8'));
  const sentenceCol = header?.indexOf('sentence') ?? 0;
  const labelCol = header?.indexOf('label') ?? 3;
  const gold = new Map<string, Set<string>>();
  for (const row of rows) {
    const sentence = row[sentenceCol] ?? '';
    const label = (row[labelCol] ?? '').trim();
    if (!gold.has(sentence)) gold.set(sentence, new Set());
    if (!label || NO_SKILL.has(label)) continue;
    const uri = uriByLabel.get(label) ?? uriByLowerLabel.get(label.toLowerCase());
    if (!uri) unmapped += 1;
    gold.get(sentence)?.add(uri ?? `unmapped:${label}`);
  }
  let rp5 = 0;
  let rp10 = 0;
  let count = 0;
  for (const [sentence, uris] of gold) {
    if (uris.size === 0) continue;
    const predicted = extract(index, sentence, { limit: 10, minScore: 0 }).map((s) => s.uri);
    const a = rPrecision(predicted, uris, 5);
    rp5 += a;
    rp10 += rPrecision(predicted, uris, 10);
    count += 1;
    if (verbose && a < 1) {
      const labelOf = (uri: string) => index.skills[index.skillByUri.get(uri) ?? -1]?.preferredLabel ?? uri;
      console.log(`\n[${name}] ${sentence}\n  gold: ${[...uris].map(labelOf).join(' | ')}\n  pred: ${predicted.slice(0, 5).map(labelOf).join(' | ')}`);
    }
  }
  figures[name] = { rp5: round1((100 * rp5) / count), rp10: round1((100 * rp10) / count) };
  console.log(`${name}: ${count} sentences with gold skills  RP@5 ${figures[name].rp5}  RP@10 ${figures[name].rp10}`);
}
const tech = figures.tech ?? { rp5: 0, rp10: 0 };
const house = figures.house ?? { rp5: 0, rp10: 0 };
const macro = { rp5: round1((tech.rp5 + house.rp5) / 2), rp10: round1((tech.rp10 + house.rp10) / 2) };
console.log(`macro: RP@5 ${macro.rp5}  RP@10 ${macro.rp10}  (index built in ${index.buildMs.toFixed(0)} ms, archive+index ${loadMs.toFixed(0)} ms, ${unmapped} gold rows without an ESCO label)`);
console.log(JSON.stringify({ tech, house, macro }));

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
