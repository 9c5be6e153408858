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
export { CLUSTER_SKILLS, LOCAL_SKILL_PREFIX, withClusterSkills, type ClusterSkill } from './cluster-skills.ts';
export { CLUSTER_SKILL_INSTALL_ACTION, installClusterSkills, type ClusterSkillsReport } from './cluster-skills.service.ts';
export { importEsco, type ImportOptions, type ImportReport, type SkippedRows, type TableChanges } from './esco-import.service.ts';
export { countEscoRows, taxonomyStatus, TAXONOMY_TABLES, type TaxonomyCounts, type TaxonomyStatus, type TaxonomyTable } from './esco-queries.ts';
export {
  buildSkillIndex,
  type BroaderEdge,
  type IndexedLabel,
  type IndexedSkill,
  type LabelKind,
  type OccupationSkillLink,
  type SkillAlias,
  type SkillIndex,
  type SkillIndexInput,
  type SkillSource,
} from './intelligence/skill-index.ts';
export { skillIndexInputFromArchive } from './intelligence/skill-index.archive.ts';
export {
  answerExtractionRequest,
  CONFIDENCE_CUTS,
  confidenceOf,
  DEFAULT_EXTRACT_TUNING,
  extract,
  MAX_VARIANTS,
  MAX_EXTRACT_CHARS,
  TextTooLongError,
  type Confidence,
  type ExtractedSkill,
  type ExtractedVariant,
  type ExtractionRequest,
  type ExtractionResponse,
  type ExtractOptions,
  type ExtractTuning,
  type Span,
} from './intelligence/extract.ts';
export {
  evaluate,
  goldSentences,
  NO_SKILL_LABELS,
  parseCsv,
  precisionRecall,
  rPrecisionAtK,
  type GoldSentence,
  type Predicted,
} from './intelligence/extraction-eval.ts';
export { suggest, type MatchKind, type Suggestion, type SuggestOptions } from './intelligence/suggest.ts';
export { isOtherScript, textReading, type TextReading } from './intelligence/text.ts';
export { loadSkillAliases, loadSkillIndexInput } from './intelligence/skill-index.repository.ts';
export { createSkillIndexStore, type SkillIndexStore } from './intelligence/skill-index.store.ts';
export { buildSkillGraph, type HierarchyEdge, type RelatedEdge, type SkillGraph, type SkillGraphInput } from './graph/skill-graph.ts';
export { loadSkillGraph } from './graph/skill-graph.repository.ts';
export { loadOccupationRecords, type OccupationRecord } from './graph/occupation-records.repository.ts';
