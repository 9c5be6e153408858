export {
  seedDemo,
  removeDemoData,
  DEFAULT_BATCH_SIZE,
  type SeedOptions,
  type SeedReport,
  type SeedProgress,
  type SeedStep,
  type SeedPhaseTimings,
} from './demo-seed.service.ts';
export {
  generateDemoDataset,
  demoOccupationLabels,
  demoOfferingSkills,
  demoOrganisationId,
  DEFAULT_DEMO_SEED,
  DEMO_REFERENCE_DATE,
  currentReferenceDate,
  STUDENTS_PER_SCALE,
  OPPORTUNITIES_PER_SCALE,
  OFFERINGS_PER_SCALE,
  type DemoDataset,
  type DemoDatasetOptions,
  type OccupationCatalogue,
  type OccupationProfile,
  type SkillRef,
} from './demo-dataset.generator.ts';
export { DEMO_TABLE_NAMES, type DemoTableName, type TableCounts } from './demo-tables.ts';
export { loadOccupationCatalogue, MissingOccupationsError } from './occupation-catalogue.repository.ts';
export { assertSkillsPresent, MissingSkillsError } from './skill-catalogue.repository.ts';
export { CLUSTER_ORGANISATIONS } from './cluster-catalogue.ts';
export { Random, uuidFromName } from './random.ts';
