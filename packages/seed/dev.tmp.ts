import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase, migrate, rowsOf, type Database } from '@kc/db';
import { DemoTable, col } from './src/demo-table.ts';
import { bulkInsert } from './src/demo-rows.repository.ts';
import { seedDemo } from './src/index.ts';

async function loadMiniEsco(database: Database) {
  const data = JSON.parse(readFileSync('/tmp/seedexp/esco-mini.json', 'utf8')) as { skills: [string, string][]; occupations: [string, string, string, string][]; relations: [string, string, string][] };
  const skills = new DemoTable('skills', { uri: col.text, preferredLabel: col.text }, false);
  for (const [uri, preferredLabel] of data.skills) skills.push({ uri, preferredLabel });
  const occ = new DemoTable('occupations', { uri: col.text, preferredLabel: col.text, iscoGroup: col.text, code: col.text }, false);
  for (const [uri, preferredLabel, iscoGroup, code] of data.occupations) occ.push({ uri, preferredLabel, iscoGroup, code });
  const rel = new DemoTable('occupation_skills', { occupationUri: col.text, skillUri: col.text, relationType: col.enumOf<'essential' | 'optional'>('skill_relation_type') }, false);
  for (const [occupationUri, skillUri, relationType] of data.relations) rel.push({ occupationUri, skillUri, relationType: relationType as 'essential' | 'optional' });
  await database.db.transaction(async (tx) => {
    for (const t of [skills, occ, rel]) await bulkInsert(tx, t, 10000);
  });
}

const [target, scaleArg, ...flags] = process.argv.slice(2);
const database = target === 'memory' ? await openDatabase({ memory: true }) : await openDatabase({ databaseUrl: target ?? '' });
await migrate(database);
const have = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from skills`))[0]?.n ?? 0;
if (have === 0) { const t = performance.now(); await loadMiniEsco(database); console.log('mini esco loaded', Math.round(performance.now() - t), 'ms'); }
const scale = Number(scaleArg ?? 1);
const stepStart = new Map<string, number>();
const batch = Number(flags.find((f) => f.startsWith('batch='))?.slice(6) ?? 10000);
const report = await seedDemo(database, { scale, batchSize: batch, reset: flags.includes('reset'), onProgress: (step, done, total) => {
  if (!stepStart.has(step)) stepStart.set(step, performance.now());
  if (done === total) console.log(step.padEnd(20), String(total).padStart(8), Math.round(performance.now() - (stepStart.get(step) ?? 0)), 'ms');
} });
console.log(JSON.stringify(report));
if (flags.includes('again')) console.log(JSON.stringify(await seedDemo(database, { scale })));
await database.close();
