import { createInterface } from 'node:readline';
import { DataDirBusyError, type Database } from '@kc/db';
import {
  answerExtractionRequest,
  buildSkillIndex,
  loadSkillIndexInput,
  MAX_EXTRACT_CHARS,
  readEscoArchive,
  skillIndexInputFromArchive,
  taxonomyStatus,
  withClusterSkills,
  type SkillIndex,
} from '@kc/taxonomy';

const note = (line: string) => process.stderr.write(`${line}\n`);

async function hasSkills(database: Database): Promise<boolean> {
  try {
    return (await taxonomyStatus(database.db)).counts.skills > 0;
  } catch {
    return false;
  }
}

/**
 * The index from the database (with the cluster's local skills and aliases) when it can be
 * opened and holds ESCO; otherwise from the ESCO archives alone, saying so on stderr.
 */
export async function loadIndexForCli(open: () => Promise<Database>): Promise<SkillIndex> {
  let database: Database | undefined;
  try {
    database = await open();
    if (await hasSkills(database)) return buildSkillIndex(await loadSkillIndexInput(database.db));
    note('The database holds no ESCO skills yet: using the ESCO archives and the starter cluster skills (no local curation).');
  } catch (error) {
    if (!(error instanceof DataDirBusyError)) throw error;
    note(`${error.message}\nUsing the ESCO archives and the starter cluster skills instead (no local curation).`);
  } finally {
    await database?.close();
  }
  return buildSkillIndex(withClusterSkills(skillIndexInputFromArchive(readEscoArchive())));
}

/**
 * The batch protocol: one JSON object {"id", "text"} per input line; one line
 * {"id", "skills": [{"uri", "label", "score"}]} per input line on stdout, in order, and nothing
 * else on stdout. A line that cannot be read still gets its answer line (no skills), with the
 * reason on stderr.
 */
export async function extractJsonl(index: SkillIndex, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  let lineNumber = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let id: unknown = null;
    let answer: unknown;
    try {
      const request = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = request.id ?? null;
      if (typeof request.text !== 'string') throw new Error('"text" must be a string');
      if (request.text.length > MAX_EXTRACT_CHARS) throw new Error(`"text" is longer than ${MAX_EXTRACT_CHARS} characters`);
      answer = answerExtractionRequest(index, { id, text: request.text });
    } catch (error) {
      note(`line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}`);
      answer = { id, skills: [] };
    }
    if (!output.write(`${JSON.stringify(answer)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return lineNumber;
}
