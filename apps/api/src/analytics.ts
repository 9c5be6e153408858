/**
 * Shortage-dashboard services for callers outside the HTTP app (the shortage bench, the CLI):
 * the same functions the routes call.
 */
export { shortageSlices, shortageTrend, skillGroupShortages, takeShortageSnapshot, topShortages, unfilledCauses, unmetDemand } from './services/shortages.service.ts';
