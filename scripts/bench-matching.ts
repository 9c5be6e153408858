/**
 * `pnpm bench:matching`: occupation inference and job-title normalisation, from the ESCO archive
 * (no database). The last line is one JSON object with every figure.
 *
 * - Inference on ESCO's own relations: occupations sampled with a fixed seed; k essential skills
 *   as the profile, as they are, with 30 % replaced by random skills, and with each replaced by a
 *   taxonomy neighbour the occupation does not list; Recall@10 and MRR.
 * - Titles: `job-titles-validation` (see its README); Acc@1, Recall@5/10, MRR, beside BM25 over
 *   each occupation's English labels measured in the same run.
 * - Speed: inference from 8 skills p50/p95, titles per second, on this process's one thread.
 * - Candidates for an opportunity among the demo cluster's students at `--scale` (default 500:
 *   100,000 students), on PGlite and on a fresh PostgreSQL database (BENCH_DATABASE_URL, an admin
 *   URL; default the local server): the API's `candidatesFor` beside loading and scoring every
 *   profile, p50/p95, speed-up and agreement (`scripts/bench-candidates.ts`). `--skip-candidates`,
 *   `--skip-postgres`, `--skip-pglite` leave parts out; `--runs` timed calls per opportunity,
 *   `--opportunities` the sample's size.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answersFor, inferOccupations, OCCUPATION_WEIGHTS, occupationIndexFromArchive, occupationSourcesFromArchive, type OccupationTuning } from '@kc/matching';
import { readEscoArchive } from '@kc/taxonomy';
import { benchCandidates } from './bench-candidates.ts';
import { seededRandom } from './support/seeded-random.ts';

const TITLES = new URL('../../shared/data/job-titles-validation/jobbert_validation.csv', import.meta.url);
const { values: args } = parseArgs({
  options: {
    sample: { type: 'string', default: '300' },
    tuning: { type: 'string' },
    scale: { type: 'string', default: '500' },
    runs: { type: 'string', default: '5' },
    opportunities: { type: 'string', default: '30' },
    'skip-candidates': { type: 'boolean', default: false },
    'skip-postgres': { type: 'boolean', default: false },
    'skip-pglite': { type: 'boolean', default: false },
  },
});
const SAMPLE = Number(args.sample) || 300;
const tuning = { ...OCCUPATION_WEIGHTS, ...(args.tuning ? (JSON.parse(args.tuning) as Partial<OccupationTuning>) : {}) };
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

function shuffled<T>(list: readonly T[], next: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Ranks {
  recallAt: (k: number) => number;
  mrr: number;
  accAt1: number;
}

function ranksOf(ranks: readonly (number | null)[]): Ranks {
  const n = ranks.length || 1;
  return {
    recallAt: (k) => round(ranks.filter((r) => r !== null && r <= k).length / n),
    mrr: round(ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / n),
    accAt1: round(ranks.filter((r) => r === 1).length / n),
  };
}

const started = performance.now();
const archive = readEscoArchive();
const index = occupationIndexFromArchive(archive, tuning);
const sources = occupationSourcesFromArchive(archive);
const graph = index.graph;
const labelsByOccupation = new Map(sources.map((o) => [o.uri, o.labels]));

const buildMs = Math.round(performance.now() - started);
console.log(`index: ${sources.length} occupations, ${index.labels.length} labels, ${index.occupationsBySkill.size} listed skills, built in ${buildMs} ms (with reading the archive)`);

// Inference from skills.
const next = seededRandom(20261201);
const allSkills = archive.skills.map((s) => s.uri);
const skillSet = new Set(allSkills);
const candidates = sources.filter((o) => o.skills.filter((s) => s.relationType === 'essential').length >= 8);
const sample = shuffled(candidates, next).slice(0, SAMPLE);
const rankOf = (uri: string, query: Parameters<typeof inferOccupations>[1]) => {
  const i = inferOccupations(index, query, 100, tuning).findIndex((o) => o.uri === uri);
  return i < 0 ? null : i + 1;
};
const neighbourOf = (skill: string, listed: ReadonlySet<string>, pick: () => number): string | null => {
  const options = [...answersFor(skill, graph, 'held').keys()].filter((uri) => uri !== skill && !listed.has(uri) && skillSet.has(uri));
  return options.length ? (options[Math.floor(pick() * options.length)] ?? null) : null;
};
const inference: Record<string, { recall10: number; mrr: number; profiles: number }> = {};
for (const k of [3, 5, 8]) {
  const variants: Record<string, (number | null)[]> = { clean: [], noise30: [], neighbours: [] };
  for (const occupation of sample) {
    const listed = new Set(occupation.skills.map((s) => s.uri));
    const essential = shuffled(occupation.skills.filter((s) => s.relationType === 'essential').map((s) => s.uri), next).slice(0, k);
    variants.clean?.push(rankOf(occupation.uri, { skills: essential }));
    const replaced = Math.round(k * 0.3);
    const noisy = [...essential.slice(replaced), ...Array.from({ length: replaced }, () => allSkills[Math.floor(next() * allSkills.length)] as string)];
    variants.noise30?.push(rankOf(occupation.uri, { skills: noisy }));
    const neighbours = essential.map((s) => neighbourOf(s, listed, next)).filter((s): s is string => s !== null);
    if (neighbours.length === essential.length) variants.neighbours?.push(rankOf(occupation.uri, { skills: neighbours }));
  }
  for (const [variant, ranks] of Object.entries(variants)) {
    const r = ranksOf(ranks);
    inference[`k${k}.${variant}`] = { recall10: r.recallAt(10), mrr: r.mrr, profiles: ranks.length };
    console.log(`inference k=${k} ${variant.padEnd(10)} profiles ${String(ranks.length).padStart(3)}  Recall@10 ${r.recallAt(10).toFixed(3)}  MRR ${r.mrr.toFixed(3)}`);
  }
}

// Titles.
const uriByEnglishLabel = new Map<string, string>();
for (const l of archive.occupationLabels) if (l.language === 'en' && l.kind !== 'hidden' && !uriByEnglishLabel.has(l.label.toLowerCase())) uriByEnglishLabel.set(l.label.toLowerCase(), l.occupationUri);
for (const o of archive.occupations) uriByEnglishLabel.set(o.preferredLabel.toLowerCase(), o.uri);
const rows = readFileSync(TITLES, 'utf8').trim().split('\n').slice(1);
const titles = rows.flatMap((line) => {
  const comma = line.lastIndexOf(',');
  const text = line.slice(0, comma).replace(/^"|"$/g, '').replace(/""/g, '"');
  const uri = uriByEnglishLabel.get(line.slice(comma + 1).trim().toLowerCase());
  return uri ? [{ text, uri }] : [];
});
console.log(`titles: ${titles.length} of ${rows.length} with a gold occupation found in ESCO ${archive.version}`);

/** BM25 over each occupation's English labels as one document, plain lower-cased words. */
function bm25Ranker() {
  const k1 = 1.2;
  const b = 0.75;
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const docs = archive.occupations.map((o) => words((labelsByOccupation.get(o.uri) ?? []).filter((l) => l.language === 'en').map((l) => l.label).join(' ')));
  const avg = docs.reduce((s, d) => s + d.length, 0) / docs.length;
  const postings = new Map<string, Map<number, number>>();
  docs.forEach((doc, i) => {
    for (const w of doc) {
      const p = postings.get(w) ?? new Map<number, number>();
      p.set(i, (p.get(i) ?? 0) + 1);
      postings.set(w, p);
    }
  });
  return (text: string): string[] => {
    const scores = new Map<number, number>();
    for (const w of new Set(words(text))) {
      const p = postings.get(w);
      if (!p) continue;
      const idf = Math.log(1 + (docs.length - p.size + 0.5) / (p.size + 0.5));
      for (const [i, tf] of p) scores.set(i, (scores.get(i) ?? 0) + (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * (docs[i]?.length ?? 0)) / avg)));
    }
    return [...scores.entries()].sort((x, y) => y[1] - x[1]).slice(0, 100).map(([i]) => archive.occupations[i]?.uri ?? '');
  };
}
const bm25 = bm25Ranker();
const rankIn = (ranked: readonly string[], uri: string) => {
  const i = ranked.indexOf(uri);
  return i < 0 ? null : i + 1;
};
const ours = titles.map((t) => rankIn(inferOccupations(index, { text: t.text }, 100, tuning).map((o) => o.uri), t.uri));
// Throughput as the CLI answers: the best 20 per title.
const titleStart = performance.now();
for (const t of titles) inferOccupations(index, { text: t.text }, 20, tuning);
const titlesPerSecond = Math.round(titles.length / ((performance.now() - titleStart) / 1000));
const baseline = titles.map((t) => rankIn(bm25(t.text), t.uri));
const titleFigures = Object.fromEntries(
  Object.entries({ ours, bm25: baseline }).map(([name, ranks]) => {
    const r = ranksOf(ranks);
    console.log(`titles ${name.padEnd(5)} Acc@1 ${r.accAt1.toFixed(3)}  Recall@5 ${r.recallAt(5).toFixed(3)}  Recall@10 ${r.recallAt(10).toFixed(3)}  MRR ${r.mrr.toFixed(3)}`);
    return [name, { acc1: r.accAt1, recall5: r.recallAt(5), recall10: r.recallAt(10), mrr: r.mrr }];
  }),
);

// Speed of inference from skills.
const timings: number[] = [];
for (const occupation of sample.slice(0, 200)) {
  const skills = occupation.skills.slice(0, 8).map((s) => s.uri);
  const t = performance.now();
  inferOccupations(index, { skills }, 20, tuning);
  timings.push(performance.now() - t);
}
timings.sort((a, b) => a - b);
const speed = { inferenceP50Ms: round(percentile(timings, 50), 2), inferenceP95Ms: round(percentile(timings, 95), 2), titlesPerSecond };
console.log(`speed: inference from 8 skills p50 ${speed.inferenceP50Ms} ms p95 ${speed.inferenceP95Ms} ms; titles ${titlesPerSecond}/s`);

const candidateFigures = args['skip-candidates']
  ? undefined
  : await benchCandidates({
      scale: Number(args.scale),
      runs: Number(args.runs),
      sample: Number(args.opportunities),
      seed: 20261201,
      pglite: !args['skip-pglite'],
      postgres: !args['skip-postgres'],
      adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      log: (line) => console.log(line),
    });
console.log(JSON.stringify({ sample: sample.length, seed: 20261201, buildMs, inference, titles: titleFigures, speed, ...(candidateFigures ? { candidates: candidateFigures } : {}) }));
