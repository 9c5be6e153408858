/**
 * Extraction quality on the validation sets: R-Precision@5 and @10 per set and macro.
 * Loads the index from the ESCO archive (no database). The last line is one JSON object.
 * `--verbose` prints the sentences where the top 5 miss a gold skill; `--tuning '{"coherence":0.2}'`
 * overrides extraction weights for an experiment.
 */
import { readFileSync } from 'node:fs';
import { buildSkillIndex, evaluate, extract, goldSentences, readEscoArchive, skillIndexInputFromArchive, type ExtractTuning } from '@kc/taxonomy';

const VALIDATION_DIR = new URL('../../shared/data/skill-extraction-validation/', import.meta.url);
const SETS = { tech: 'tech_validation_annotations.csv', house: 'house_validation_annotations.csv' } as const;

const started = performance.now();
const archive = readEscoArchive();
const index = buildSkillIndex(skillIndexInputFromArchive(archive));
const loadMs = performance.now() - started;
const uriByLabel = new Map(archive.skills.map((skill) => [skill.preferredLabel, skill.uri]));
const uriByLowerLabel = new Map(archive.skills.map((skill) => [skill.preferredLabel.toLowerCase(), skill.uri]));
const uriOfLabel = (label: string) => uriByLabel.get(label) ?? uriByLowerLabel.get(label.toLowerCase());
const labelOf = (uri: string) => index.skills[index.skillByUri.get(uri) ?? -1]?.preferredLabel ?? uri;
const verbose = process.argv.includes('--verbose');
const tuningArg = process.argv.indexOf('--tuning');
const tuning = tuningArg > 0 ? (JSON.parse(process.argv[tuningArg + 1] ?? '{}') as Partial<ExtractTuning>) : undefined;

const round1 = (value: number) => Math.round(value * 10) / 10;
const figures: Record<string, { rp5: number; rp10: number }> = {};
for (const [name, file] of Object.entries(SETS)) {
  const sentences = goldSentences(readFileSync(new URL(file, VALIDATION_DIR), 'utf8'), uriOfLabel);
  const unmapped = sentences.reduce((n, s) => n + [...s.gold].filter((uri) => uri.startsWith('unmapped:')).length, 0);
  const result = evaluate(sentences, (sentence) => {
    const predicted = extract(index, sentence, { limit: 10, tuning }).map((skill) => skill.uri);
    const gold = sentences.find((s) => s.sentence === sentence)?.gold;
    if (verbose && gold && predicted.slice(0, 5).filter((uri) => gold.has(uri)).length < Math.min(5, gold.size)) {
      console.log(`\n[${name}] ${sentence}\n  gold: ${[...gold].map(labelOf).join(' | ')}\n  pred: ${predicted.slice(0, 5).map(labelOf).join(' | ')}`);
    }
    return predicted;
  });
  figures[name] = { rp5: round1(result.rp5), rp10: round1(result.rp10) };
  console.log(`${name}: ${sentences.length} sentences with gold skills (${unmapped} gold labels not in ESCO ${archive.version})  RP@5 ${figures[name].rp5}  RP@10 ${figures[name].rp10}`);
}
const tech = figures.tech ?? { rp5: 0, rp10: 0 };
const house = figures.house ?? { rp5: 0, rp10: 0 };
const macro = { rp5: round1((tech.rp5 + house.rp5) / 2), rp10: round1((tech.rp10 + house.rp10) / 2) };
console.log(`macro: RP@5 ${macro.rp5}  RP@10 ${macro.rp10}  (index built in ${index.buildMs.toFixed(0)} ms; archive read + index ${loadMs.toFixed(0)} ms)`);
console.log(JSON.stringify({ tech, house, macro }));
