/**
 * Extraction quality on the validation sets, per set and macro. The index is what a fresh
 * installation holds, built from the ESCO archive and the starter cluster skills (no database).
 *
 * - RP@5 and RP@10 (R-Precision) of the results as the API gives them: near-duplicates folded
 *   into one result, which is right when it or one of its folded variants is gold, once.
 * - Precision and recall at the cut the page shows (the confident results, `confidence` strong or
 *   likely); a cluster skill counts as wrong there, since the gold names ESCO skills only.
 * - For comparison with figures before folding: RP of every skill on its own ("unfolded"), and of
 *   the ESCO skills on their own, cluster skills set aside ("escoOnly").
 *
 * The last line is one JSON object. `--verbose` prints the sentences where the top 5 miss a gold
 * skill; `--tuning '{"coherence":0.2}'` overrides extraction weights for an experiment.
 */
import { readFileSync } from 'node:fs';
import {
  buildSkillIndex,
  CONFIDENCE_CUTS,
  evaluate,
  extract,
  goldSentences,
  precisionRecall,
  readEscoArchive,
  skillIndexInputFromArchive,
  withClusterSkills,
  type ExtractedSkill,
  type ExtractTuning,
  type GoldSentence,
} from '@kc/taxonomy';

const VALIDATION_DIR = new URL('../../shared/data/skill-extraction-validation/', import.meta.url);
const SETS = { tech: 'tech_validation_annotations.csv', house: 'house_validation_annotations.csv' } as const;

const started = performance.now();
const archive = readEscoArchive();
const index = buildSkillIndex(withClusterSkills(skillIndexInputFromArchive(archive)));
const loadMs = performance.now() - started;
const uriByLabel = new Map(archive.skills.map((skill) => [skill.preferredLabel, skill.uri]));
const uriByLowerLabel = new Map(archive.skills.map((skill) => [skill.preferredLabel.toLowerCase(), skill.uri]));
const uriOfLabel = (label: string) => uriByLabel.get(label) ?? uriByLowerLabel.get(label.toLowerCase());
const labelOf = (uri: string) => index.skills[index.skillByUri.get(uri) ?? -1]?.preferredLabel ?? uri;
const verbose = process.argv.includes('--verbose');
const tuningArg = process.argv.indexOf('--tuning');
const tuning = tuningArg > 0 ? (JSON.parse(process.argv[tuningArg + 1] ?? '{}') as Partial<ExtractTuning>) : undefined;
const isLocal = (uri: string) => !uri.startsWith('http://data.europa.eu/esco/');
const withVariants = (skill: ExtractedSkill) => [skill.uri, ...skill.variants.map((v) => v.uri)];

const round1 = (value: number) => Math.round(value * 10) / 10;
const rp = (result: { rp5: number; rp10: number }) => ({ rp5: round1(result.rp5), rp10: round1(result.rp10) });

interface SetFigures {
  rp5: number;
  rp10: number;
  precision: number;
  recall: number;
  shown: number;
  unfolded: { rp5: number; rp10: number };
  escoOnly: { rp5: number; rp10: number };
}

function measure(name: string, sentences: GoldSentence[]): SetFigures {
  const folded = new Map(sentences.map((s) => [s.sentence, extract(index, s.sentence, { limit: 20, tuning })]));
  const unfolded = new Map(sentences.map((s) => [s.sentence, extract(index, s.sentence, { limit: 60, tuning, fold: false })]));
  const main = evaluate(sentences, (sentence) => {
    const results = (folded.get(sentence) ?? []).slice(0, 10);
    const gold = sentences.find((s) => s.sentence === sentence)?.gold;
    if (verbose && gold && results.slice(0, 5).filter((r) => withVariants(r).some((uri) => gold.has(uri))).length < Math.min(5, gold.size)) {
      console.log(`\n[${name}] ${sentence}\n  gold: ${[...gold].map(labelOf).join(' | ')}\n  pred: ${results.slice(0, 5).map((r) => r.preferredLabel).join(' | ')}`);
    }
    return results.map(withVariants);
  });
  const cut = precisionRecall(sentences, (sentence) => (folded.get(sentence) ?? []).filter((r) => r.confidence !== 'possible').map(withVariants));
  const alone = evaluate(sentences, (sentence) => (unfolded.get(sentence) ?? []).slice(0, 10).map((r) => r.uri));
  const esco = evaluate(sentences, (sentence) => (unfolded.get(sentence) ?? []).filter((r) => !isLocal(r.uri)).slice(0, 10).map((r) => r.uri));
  return { ...rp(main), precision: round1(cut.precision), recall: round1(cut.recall), shown: round1(cut.shown), unfolded: rp(alone), escoOnly: rp(esco) };
}

const figures: Record<string, SetFigures> = {};
for (const [name, file] of Object.entries(SETS)) {
  const sentences = goldSentences(readFileSync(new URL(file, VALIDATION_DIR), 'utf8'), uriOfLabel);
  const unmapped = sentences.reduce((n, s) => n + [...s.gold].filter((uri) => uri.startsWith('unmapped:')).length, 0);
  const f = (figures[name] = measure(name, sentences));
  console.log(
    `${name}: ${sentences.length} sentences with gold skills (${unmapped} gold labels not in ESCO ${archive.version})  RP@5 ${f.rp5}  RP@10 ${f.rp10}` +
      `  shown (score ≥ ${CONFIDENCE_CUTS.likely}, ${f.shown} a sentence): precision ${f.precision}  recall ${f.recall}` +
      `  [unfolded RP@5 ${f.unfolded.rp5} RP@10 ${f.unfolded.rp10}; ESCO skills only RP@5 ${f.escoOnly.rp5} RP@10 ${f.escoOnly.rp10}]`,
  );
}
const tech = figures.tech;
const house = figures.house;
if (!tech || !house) throw new Error('a validation set is missing');
const mean = (a: number, b: number) => round1((a + b) / 2);
const macro = {
  rp5: mean(tech.rp5, house.rp5),
  rp10: mean(tech.rp10, house.rp10),
  precision: mean(tech.precision, house.precision),
  recall: mean(tech.recall, house.recall),
};
console.log(
  `macro: RP@5 ${macro.rp5}  RP@10 ${macro.rp10}  precision ${macro.precision}  recall ${macro.recall}  (index built in ${index.buildMs.toFixed(0)} ms; archive read + index ${loadMs.toFixed(0)} ms)`,
);
console.log(JSON.stringify({ tech, house, macro }));
