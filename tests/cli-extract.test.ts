import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kc-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `kc skills extract --jsonl` on a database folder of its own (empty: the archives answer). */
const runExtract = (input: string) => runCli(['skills', 'extract', '--jsonl'], input, { DATA_DIR: dataDir, DATABASE_URL: '' });

describe('pnpm --silent kc skills extract --jsonl', () => {
  it('answers every input line with exactly one {"id", "skills"} line on stdout, in order', async () => {
    const input = [
      { id: 'ad-1', text: 'We need a JavaScript developer who knows SQL and PostgreSQL.' },
      { id: 2, text: '' },
      { id: { nested: true }, text: 'Experience with Python (computer programming) is a plus.' },
    ];
    const { code, stdout } = await runExtract(`${input.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(input.map((l) => l.id));
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'skills']);
      expect(line.skills.length).toBeLessThanOrEqual(20);
      for (const skill of line.skills) {
        expect(Object.keys(skill)).toEqual(['uri', 'label', 'score']);
        expect(skill.score).toBeGreaterThan(0);
      }
      const scores = line.skills.map((s: { score: number }) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(lines[0].skills.map((s: { label: string }) => s.label)).toEqual(expect.arrayContaining(['JavaScript', 'SQL', 'PostgreSQL']));
    expect(lines[1].skills).toEqual([]);
  }, 120_000);

  it('keeps stdout to protocol lines when a line is broken, explaining on stderr', async () => {
    const { code, stdout, stderr } = await runExtract(`not json\n${JSON.stringify({ id: 'x', text: 'a'.repeat(20_001) })}\n`);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([{ id: null, skills: [] }, { id: 'x', skills: [] }]);
    expect(stderr).toMatch(/line 1/);
    expect(stderr).toMatch(/line 2: .*20000/);
  }, 120_000);
});
