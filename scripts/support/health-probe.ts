/**
 * Worker thread of `pnpm bench:load`: asks `url` every `intervalMs` (one request at a time,
 * each with its own timeout) until told to stop, then posts every latency and the failures.
 * A thread of its own, so the load generator's busy event loop does not delay the probes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';

export interface ProbeSettings {
  url: string;
  intervalMs: number;
  timeoutMs: number;
}

export interface ProbeReport {
  /** Of every probe, failed ones included (a timed-out probe counts as its timeout). */
  latenciesMs: number[];
  failed: number;
}

const port = parentPort;
if (port) {
  const { url, intervalMs, timeoutMs } = workerData as ProbeSettings;
  const report: ProbeReport = { latenciesMs: [], failed: 0 };
  let stopping = false;
  port.once('message', () => {
    stopping = true;
  });
  port.postMessage('started');
  while (!stopping) {
    const started = performance.now();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      if (!response.ok) report.failed++;
    } catch {
      report.failed++;
    }
    const elapsed = performance.now() - started;
    report.latenciesMs.push(elapsed);
    if (!stopping) await sleep(Math.max(0, intervalMs - elapsed));
  }
  port.postMessage(report);
}
