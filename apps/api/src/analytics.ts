/**
 * Shortage-dashboard services for callers outside the HTTP app (the shortage bench, tests):
 * the same functions the routes call.
 */
export {
  providerCoverage,
  shortageSlices,
  shortageTrend,
  skillBundles,
  skillGroupShortages,
  summariseShortageSnapshots,
  takeShortageSnapshot,
  topShortages,
  unfilledCauses,
  unmetDemand,
} from './services/shortages.service.ts';
export { checkDemandAlerts } from './services/demand-alerts.service.ts';
export { refreshSkillDemand } from './services/skill-demand.ts';
