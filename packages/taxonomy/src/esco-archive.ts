import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import {
  REUSE_LEVELS,
  SKILL_RELATION_TYPES,
  SKILL_TYPES,
  type ReuseLevel,
  type SkillRelationType,
  type SkillType,
} from '@kc/contract/vocabulary';

export const ESCO_VERSION = 'v1.1.1';

/** The official archives of the release and their published md5 checksums. */
export const ESCO_ARCHIVES = {
  classification: { file: 'esco-v1.1.1-classification-en-csv.zip', md5: 'bb2f89a9efae25d2216748c86d1cb413' },
  relations: { file: 'esco-v1.1.1-relations-csv.zip', md5: '7b580b5cbf9efde2f8a904cff14c71c0' },
  /** The Bulgarian labels of the occupations (see data/esco/README.md). */
  occupationsBg: { file: 'esco-occupations-bg.tsv', md5: '5f08c4c76ff6a5df35a73b06652a0837' },
} as const;

/** The languages occupation labels are held in; ESCO's own (English) first. */
export const OCCUPATION_LABEL_LANGUAGES = ['en', 'bg'] as const;
export type OccupationLabelLanguage = (typeof OCCUPATION_LABEL_LANGUAGES)[number];
export type OccupationLabelKind = 'preferred' | 'alternative' | 'hidden';

export const DEFAULT_ESCO_DIR = new URL('../../../data/esco/', import.meta.url);

export type ConceptKind = 'skill' | 'group';

export interface EscoSkill {
  uri: string;
  preferredLabel: string;
  altLabels: string[];
  hiddenLabels: string[];
  type: SkillType | null;
  reuseLevel: ReuseLevel | null;
  description: string;
}

export interface EscoSkillGroup {
  uri: string;
  preferredLabel: string;
  altLabels: string[];
  code: string | null;
  description: string;
}

export interface EscoHierarchyEdge {
  narrowerUri: string;
  narrowerKind: ConceptKind;
  broaderUri: string;
  broaderKind: ConceptKind;
}

export interface EscoOccupation {
  uri: string;
  preferredLabel: string;
  altLabels: string[];
  hiddenLabels: string[];
  iscoGroup: string;
  code: string;
  description: string;
}

export interface EscoOccupationLabel {
  occupationUri: string;
  language: OccupationLabelLanguage;
  kind: OccupationLabelKind;
  label: string;
}

export interface EscoOccupationSkill {
  occupationUri: string;
  skillUri: string;
  relationType: SkillRelationType;
}

export interface EscoSkillRelation {
  skillUri: string;
  relatedSkillUri: string;
  relationType: SkillRelationType;
}

export interface EscoArchive {
  version: string;
  /** md5 of each archive, keyed by file name. */
  checksums: Record<string, string>;
  skills: EscoSkill[];
  skillGroups: EscoSkillGroup[];
  hierarchy: EscoHierarchyEdge[];
  occupations: EscoOccupation[];
  /** Every label of every occupation: English from the release, Bulgarian from its Bulgarian version. */
  occupationLabels: EscoOccupationLabel[];
  occupationSkills: EscoOccupationSkill[];
  skillRelations: EscoSkillRelation[];
}

export class EscoChecksumError extends Error {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`ESCO archive ${file} has md5 ${actual}, expected ${expected}: the file is corrupt or not the official ${ESCO_VERSION} release`);
    this.name = 'EscoChecksumError';
  }
}

/** The archive bytes of one release, checksums verified. */
export interface EscoArchiveFiles {
  version: string;
  /** md5 of each archive, keyed by file name. */
  checksums: Record<string, string>;
  classification: Uint8Array;
  relations: Uint8Array;
  occupationsBg: Uint8Array;
}

/** Reads the official archives and the Bulgarian labels from `dir` (default: the repository's data/esco) and verifies their md5. */
export function loadEscoArchiveFiles(dir: string | URL = DEFAULT_ESCO_DIR): EscoArchiveFiles {
  const classification = readVerified(dir, ESCO_ARCHIVES.classification);
  const relations = readVerified(dir, ESCO_ARCHIVES.relations);
  const occupationsBg = readVerified(dir, ESCO_ARCHIVES.occupationsBg);
  return {
    version: ESCO_VERSION,
    checksums: Object.fromEntries([classification, relations, occupationsBg].map((f) => [f.file, f.md5])),
    classification: classification.bytes,
    relations: relations.bytes,
    occupationsBg: occupationsBg.bytes,
  };
}

/** Reads, verifies and parses the release. */
export function readEscoArchive(dir: string | URL = DEFAULT_ESCO_DIR): EscoArchive {
  return parseEscoArchive(loadEscoArchiveFiles(dir));
}

function readVerified(dir: string | URL, archive: { file: string; md5: string }) {
  const path = join(dir instanceof URL ? fileURLToPath(dir) : dir, archive.file);
  const bytes = readFileSync(path);
  const md5 = createHash('md5').update(bytes).digest('hex');
  if (md5 !== archive.md5) throw new EscoChecksumError(path, archive.md5, md5);
  return { file: archive.file, md5, bytes };
}

/** Unzips and parses the archives into plain records. */
export function parseEscoArchive(files: EscoArchiveFiles): EscoArchive {
  const classification = unzipCsv(files.classification, ['skills_en.csv', 'skillGroups_en.csv', 'occupations_en.csv']);
  const relations = unzipCsv(files.relations, [
    'broaderRelationsSkillPillar.csv',
    'occupationSkillRelations.csv',
    'skillSkillRelations.csv',
  ]);
  const occupations = classification('occupations_en.csv').map((row) => ({
    uri: field(row, 'conceptUri'),
    preferredLabel: field(row, 'preferredLabel'),
    altLabels: labels(row.altLabels),
    hiddenLabels: labels(row.hiddenLabels),
    iscoGroup: field(row, 'iscoGroup'),
    code: field(row, 'code'),
    description: (row.description ?? '').trim(),
  }));
  return {
    version: files.version,
    checksums: files.checksums,
    skills: classification('skills_en.csv').map((row) => ({
      uri: field(row, 'conceptUri'),
      preferredLabel: field(row, 'preferredLabel'),
      altLabels: labels(row.altLabels),
      hiddenLabels: labels(row.hiddenLabels),
      type: optionalOneOf(SKILL_TYPES, row.skillType, 'skillType'),
      reuseLevel: optionalOneOf(REUSE_LEVELS, row.reuseLevel, 'reuseLevel'),
      description: (row.description ?? '').trim(),
    })),
    skillGroups: classification('skillGroups_en.csv').map((row) => ({
      uri: field(row, 'conceptUri'),
      preferredLabel: field(row, 'preferredLabel'),
      altLabels: labels(row.altLabels),
      code: row.code?.trim() || null,
      description: (row.description ?? '').trim(),
    })),
    occupations,
    occupationLabels: [...englishLabels(occupations), ...bulgarianLabels(files.occupationsBg)],
    hierarchy: relations('broaderRelationsSkillPillar.csv').map((row) => ({
      narrowerUri: field(row, 'conceptUri'),
      narrowerKind: conceptKind(row.conceptType),
      broaderUri: field(row, 'broaderUri'),
      broaderKind: conceptKind(row.broaderType),
    })),
    occupationSkills: relations('occupationSkillRelations.csv').map((row) => ({
      occupationUri: field(row, 'occupationUri'),
      skillUri: field(row, 'skillUri'),
      relationType: oneOf(SKILL_RELATION_TYPES, row.relationType, 'relationType'),
    })),
    skillRelations: relations('skillSkillRelations.csv').map((row) => ({
      skillUri: field(row, 'originalSkillUri'),
      relatedSkillUri: field(row, 'relatedSkillUri'),
      relationType: oneOf(SKILL_RELATION_TYPES, row.relationType, 'relationType'),
    })),
  };
}

type CsvRow = Record<string, string | undefined>;

function englishLabels(occupations: readonly EscoOccupation[]): EscoOccupationLabel[] {
  return occupations.flatMap((o) => [
    { occupationUri: o.uri, language: 'en' as const, kind: 'preferred' as const, label: o.preferredLabel },
    ...o.altLabels.map((label) => ({ occupationUri: o.uri, language: 'en' as const, kind: 'alternative' as const, label })),
    ...o.hiddenLabels.map((label) => ({ occupationUri: o.uri, language: 'en' as const, kind: 'hidden' as const, label })),
  ]);
}

/** `conceptUri`, `preferredLabel_bg` and `altLabels_bg` (separated by " | ") of the Bulgarian file. */
function bulgarianLabels(tsv: Uint8Array): EscoOccupationLabel[] {
  const rows = parse(new TextDecoder('utf-8').decode(tsv), { columns: true, bom: true, delimiter: '\t', quote: false, skip_empty_lines: true }) as CsvRow[];
  return rows.flatMap((row) => {
    const occupationUri = field(row, 'conceptUri');
    const preferred = field(row, 'preferredLabel_bg');
    const alternatives = (row.altLabels_bg ?? '')
      .split(' | ')
      .map((label) => label.trim())
      .filter((label) => label.length > 0 && label !== preferred);
    return [
      { occupationUri, language: 'bg' as const, kind: 'preferred' as const, label: preferred },
      ...[...new Set(alternatives)].map((label) => ({ occupationUri, language: 'bg' as const, kind: 'alternative' as const, label })),
    ];
  });
}

function unzipCsv(zip: Uint8Array, names: string[]): (name: string) => CsvRow[] {
  const files = unzipSync(zip, { filter: (entry) => names.includes(basename(entry.name)) });
  const byName = new Map(Object.entries(files).map(([path, bytes]) => [basename(path), bytes]));
  const decoder = new TextDecoder('utf-8');
  return (name) => {
    const bytes = byName.get(name);
    if (!bytes) throw new Error(`ESCO archive has no ${name}`);
    return parse(decoder.decode(bytes), { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
  };
}

function field(row: CsvRow, column: string): string {
  const value = row[column]?.trim();
  if (!value) throw new Error(`ESCO row without ${column}: ${JSON.stringify(row).slice(0, 200)}`);
  return value;
}

function labels(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split('\n')
    .map((label) => label.trim())
    .filter((label) => label.length > 0);
}

function conceptKind(type: string | undefined): ConceptKind {
  if (type === 'SkillGroup') return 'group';
  if (type === 'KnowledgeSkillCompetence') return 'skill';
  throw new Error(`Unexpected ESCO concept type in the skills pillar: ${type ?? '(empty)'}`);
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, column: string): T {
  const found = allowed.find((candidate) => candidate === value?.trim());
  if (found === undefined) throw new Error(`Unexpected ESCO ${column}: ${value ?? '(empty)'}`);
  return found;
}

function optionalOneOf<T extends string>(allowed: readonly T[], value: string | undefined, column: string): T | null {
  return value?.trim() ? oneOf(allowed, value, column) : null;
}
