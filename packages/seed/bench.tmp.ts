import { sql } from 'drizzle-orm';
import { openDatabase, migrate, rowsOf } from '@kc/db';
import { importEsco } from '../taxonomy/src/index.ts';
import { seedDemo } from './src/index.ts';

const [target = 'memory', scalesArg = '1', batchArg = '10000'] = process.argv.slice(2);
const database = target === 'memory' ? await openDatabase({ memory: true }) : await openDatabase({ databaseUrl: target, maxConnections: 2 });
await migrate(database);
const skills = Number(rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from skills`))[0]?.n ?? 0);
if (skills === 0) {
  const t = performance.now();
  await importEsco(database);
  console.log(`ESCO imported in ${Math.round(performance.now() - t)} ms`);
}
for (const scale of scalesArg.split(',').map(Number)) {
  const stepStart = new Map<string, number>();
  const stepMs: Record<string, number> = {};
  const report = await seedDemo(database, {
    scale, reset: true, batchSize: Number(batchArg),
    onProgress: (step, done, total) => {
      if (!stepStart.has(step)) stepStart.set(step, performance.now());
      if (done === total) stepMs[step] = Math.round(performance.now() - (stepStart.get(step) ?? 0));
    },
  });
  console.log(`${database.kind} scale ${scale}: ${report.totalInserted} rows inserted in ${report.phases.insertMs} ms = ${report.insertRowsPerSecond} rows/s; total ${report.durationMs} ms`, JSON.stringify(report.phases));
  console.log('  counts', JSON.stringify(report.counts));
  console.log('  steps ms', JSON.stringify(stepMs));
  console.log('  rss MB', process.memoryUsage().rss >> 20);
}
await database.close();
