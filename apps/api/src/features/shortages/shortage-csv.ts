import { stringify } from 'csv-stringify/sync';
import type { Shortages, ShortageTrend, SkillBundles, SkillGroupShortages, UnfilledCauses, UnmetDemand } from '@kc/contract';

/**
 * Each shortage table as a CSV file: a header row, then one row per item, as the JSON gives them
 * (a suppressed figure stays "<5" or "suppressed"). The byte-order mark makes spreadsheets read
 * the file as UTF-8, so Cyrillic arrives intact; `csv-stringify` quotes what needs quoting.
 */
const BOM = '\uFEFF';
const file = (header: string[], rows: (string | number | boolean | null)[][]) => BOM + stringify([header, ...rows.map((r) => r.map((v) => v ?? ''))], { record_delimiter: 'windows' });

export const shortagesCsv = (s: Shortages) =>
  file(
    ['skill_uri', 'skill', 'demand', 'positions', 'organisations', 'students', 'places', 'supply', 'index', 'students_index', 'growth', 'transferability', 'priority'],
    s.items.map((i) => [i.skill.uri, i.skill.preferredLabel, i.demand, i.positions, i.organisations, i.students, i.places, i.supply, i.index, i.studentsIndex, i.growth, i.transferability, i.priority]),
  );

export const unmetCsv = (u: UnmetDemand) =>
  file(['skill_uri', 'skill', 'demand', 'positions', 'organisations'], u.items.map((i) => [i.skill.uri, i.skill.preferredLabel, i.demand, i.positions, i.organisations]));

export const groupsCsv = (g: SkillGroupShortages) =>
  file(
    ['group_uri', 'group', 'code', 'parent_uri', 'skills', 'demand', 'positions', 'organisations', 'supply', 'index'],
    g.items.map((i) => [i.group.uri, i.group.preferredLabel, i.group.code, i.parentUri, i.skills, i.demand, i.positions, i.organisations, i.supply, i.index]),
  );

export const trendCsv = (t: ShortageTrend) =>
  file(
    ['month', 'recorded', 'current', 'projected', 'demand', 'positions', 'supply', 'index'],
    [
      ...t.points.map((p) => [p.month, p.recorded, p.current, false, p.demand, p.positions, p.supply, p.index]),
      ...t.projection.months.map((p) => [p.month, false, false, true, p.demand, null, null, null]),
    ],
  );

export const causesCsv = (c: UnfilledCauses) =>
  file(
    ['cause', 'closures', 'share', 'from', 'to'],
    [...c.causes.map((x) => [x.cause, x.closures, x.share, c.from, c.to]), ['not_stated', c.notStated, null, c.from, c.to]],
  );

export const bundlesCsv = (b: SkillBundles) =>
  file(
    ['first_skill_uri', 'first_skill', 'second_skill_uri', 'second_skill', 'opportunities', 'organisations', 'positions', 'offerings_teaching_first', 'offerings_teaching_second'],
    b.items.map((i) => [i.skills[0]?.uri ?? '', i.skills[0]?.preferredLabel ?? '', i.skills[1]?.uri ?? '', i.skills[1]?.preferredLabel ?? '', i.opportunities, i.organisations, i.positions, i.taughtApart[0] ?? 0, i.taughtApart[1] ?? 0]),
  );
