export {
  DEFAULT_ESCO_DIR,
  ESCO_ARCHIVES,
  ESCO_VERSION,
  EscoChecksumError,
  loadEscoArchiveFiles,
  parseEscoArchive,
  readEscoArchive,
  type ConceptKind,
  type EscoArchive,
  type EscoArchiveFiles,
  type EscoHierarchyEdge,
  type EscoOccupation,
  type EscoOccupationSkill,
  type EscoSkill,
  type EscoSkillGroup,
  type EscoSkillRelation,
} from './esco-archive.ts';
export { importEsco, type ImportOptions, type ImportReport, type SkippedRows, type TableChanges } from './esco-import.service.ts';
export { countEscoRows, taxonomyStatus, TAXONOMY_TABLES, type TaxonomyCounts, type TaxonomyStatus, type TaxonomyTable } from './esco-queries.ts';
export {
  buildSkillIndex,
  type BroaderEdge,
  type IndexedLabel,
  type IndexedSkill,
  type LabelKind,
  type SkillAlias,
  type SkillIndex,
  type SkillIndexInput,
  type SkillSource,
} from './intelligence/skill-index.ts';
export { skillIndexInputFromArchive } from './intelligence/skill-index.archive.ts';
export {
  extract,
  MAX_EXTRACT_CHARS,
  TextTooLongError,
  type ExtractedSkill,
  type ExtractOptions,
  type Span,
} from './intelligence/extract.ts';
