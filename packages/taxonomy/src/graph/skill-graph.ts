/**
 * The ESCO skill graph as plain data: the broader/narrower hierarchy (skills and skill groups)
 * and the skill-to-skill relations, indexed both ways. Built once from the database (or any
 * other source of edges) and read by matching; no I/O here.
 */

export interface HierarchyEdge {
  narrowerUri: string;
  broaderUri: string;
}

export interface RelatedEdge {
  skillUri: string;
  relatedSkillUri: string;
}

export interface SkillGraphInput {
  hierarchy: readonly HierarchyEdge[];
  related: readonly RelatedEdge[];
}

export interface SkillGraph {
  /** Direct broader concepts (skills or groups). */
  broader(uri: string): readonly string[];
  /** Direct narrower concepts. */
  narrower(uri: string): readonly string[];
  /** Skills ESCO relates to this one, in either direction. */
  related(uri: string): readonly string[];
  /** How many concepts and links the graph holds. */
  readonly size: { concepts: number; hierarchyLinks: number; relatedLinks: number };
}

const NONE: readonly string[] = Object.freeze([]);

function add(map: Map<string, string[]>, from: string, to: string): void {
  const list = map.get(from);
  if (!list) map.set(from, [to]);
  else if (!list.includes(to)) list.push(to);
}

export function buildSkillGraph(input: SkillGraphInput): SkillGraph {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const side = new Map<string, string[]>();
  const concepts = new Set<string>();
  for (const { narrowerUri, broaderUri } of input.hierarchy) {
    if (narrowerUri === broaderUri) continue;
    add(up, narrowerUri, broaderUri);
    add(down, broaderUri, narrowerUri);
    concepts.add(narrowerUri).add(broaderUri);
  }
  let relatedLinks = 0;
  for (const { skillUri, relatedSkillUri } of input.related) {
    if (skillUri === relatedSkillUri) continue;
    add(side, skillUri, relatedSkillUri);
    add(side, relatedSkillUri, skillUri);
    concepts.add(skillUri).add(relatedSkillUri);
    relatedLinks++;
  }
  for (const lists of [up, down, side]) for (const list of lists.values()) list.sort();
  return {
    broader: (uri) => up.get(uri) ?? NONE,
    narrower: (uri) => down.get(uri) ?? NONE,
    related: (uri) => side.get(uri) ?? NONE,
    size: { concepts: concepts.size, hierarchyLinks: input.hierarchy.length, relatedLinks },
  };
}
