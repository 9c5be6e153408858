import { createInterface } from 'node:readline';
import { inferOccupations, occupationIndexFromArchive, type OccupationIndex } from '@kc/matching';
import { MAX_EXTRACT_CHARS, readEscoArchive } from '@kc/taxonomy';

const MAX_SKILLS = 100;
const MAX_OCCUPATIONS = 20;
const note = (line: string) => process.stderr.write(`${line}\n`);

/** The occupation index of the ESCO release in `data/esco` (occupations have no local additions). */
export function loadOccupationIndexForCli(): OccupationIndex {
  return occupationIndexFromArchive(readEscoArchive());
}

function readRequest(line: string): { id: unknown; text?: string; skills?: string[] } {
  const request = JSON.parse(line) as { id?: unknown; text?: unknown; skills?: unknown };
  const id = request.id ?? null;
  if (request.text !== undefined) {
    if (typeof request.text !== 'string') throw Object.assign(new Error('"text" must be a string'), { id });
    if (request.text.length > MAX_EXTRACT_CHARS) throw Object.assign(new Error(`"text" is longer than ${MAX_EXTRACT_CHARS} characters`), { id });
  }
  if (request.skills !== undefined) {
    if (!Array.isArray(request.skills) || !request.skills.every((s) => typeof s === 'string')) throw Object.assign(new Error('"skills" must be a list of skill URIs'), { id });
    if (request.skills.length > MAX_SKILLS) throw Object.assign(new Error(`"skills" holds more than ${MAX_SKILLS} URIs`), { id });
  }
  if (request.text === undefined && request.skills === undefined) throw Object.assign(new Error('a line needs "text" or "skills"'), { id });
  return { id, text: request.text as string | undefined, skills: request.skills as string[] | undefined };
}

/**
 * The batch protocol: one JSON object {"id", "text"} or {"id", "skills": [uri, …]} per input
 * line; one line {"id", "occupations": [{"uri", "label", "score"}]} per non-blank input line on
 * stdout, best first, at most 20, in order, and nothing else on stdout. A line that cannot be read still gets
 * its answer line (no occupations), with the reason on stderr.
 */
export async function matchOccupationsJsonl(index: OccupationIndex, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let id: unknown = null;
    let occupations: { uri: string; label: string; score: number }[] = [];
    try {
      const request = readRequest(line);
      id = request.id;
      occupations = inferOccupations(index, request, MAX_OCCUPATIONS).map(({ uri, label, score }) => ({ uri, label, score }));
    } catch (error) {
      if (error instanceof Error && 'id' in error) id = error.id ?? null;
      note(`line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!output.write(`${JSON.stringify({ id, occupations })}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return lineNumber;
}
