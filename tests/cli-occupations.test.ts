import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.ts';

const JAVA = 'http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389';
const JAVASCRIPT = 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7';

const runMatch = (input: string) => runCli(['occupations', 'match', '--jsonl'], input);

describe('pnpm --silent kc occupations match --jsonl', () => {
  it('answers every line, from a title, a Bulgarian title or skills, with at most 20 occupations best first', async () => {
    const input = [
      { id: 'ad-1', text: 'Senior Software Developer (Java) - Sofia' },
      { id: 2, text: 'Програмист, Java' },
      { id: 'skills', skills: [JAVA, JAVASCRIPT] },
      { id: 'nothing', text: '' },
    ];
    const { code, stdout } = await runMatch(`${input.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(input.map((l) => l.id));
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'occupations']);
      expect(line.occupations.length).toBeLessThanOrEqual(20);
      for (const occupation of line.occupations) expect(Object.keys(occupation)).toEqual(['uri', 'label', 'score']);
      const scores = line.occupations.map((o: { score: number }) => o.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const top = (i: number) => lines[i].occupations.slice(0, 5).map((o: { label: string }) => o.label);
    expect(top(0)).toContain('software developer');
    expect(lines[1].occupations.length).toBeGreaterThan(0);
    expect(lines[2].occupations.length).toBeGreaterThan(0);
    expect(lines[3].occupations).toEqual([]);
  }, 120_000);

  it('keeps stdout to protocol lines when a line is broken, explaining on stderr', async () => {
    const tooMany = Array.from({ length: 101 }, (_, i) => `urn:x:${i}`);
    const { code, stdout, stderr } = await runMatch(`not json\n${JSON.stringify({ id: 'x', skills: tooMany })}\n${JSON.stringify({ id: 'y' })}\n`);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: null, occupations: [] },
      { id: 'x', occupations: [] },
      { id: 'y', occupations: [] },
    ]);
    expect(stderr).toMatch(/line 1/);
    expect(stderr).toMatch(/line 2: .*100/);
    expect(stderr).toMatch(/line 3: .*"text" or "skills"/);
  }, 120_000);
});
