import {
  MATCH_SHORTLIST_SIZE,
  PATH_OFFERING_LIMIT,
  type CandidatePage,
  type Fit,
  type FitQuery,
  type FittingOpportunitiesQuery,
  type FittingOpportunityPage,
  type Gap,
  type GapQuery,
  type LearningPath,
  type MyFit,
  type Offering,
  type Opportunity,
  type PaginationQuery,
  type TeachingOfferingPage,
} from '@kc/contract';
import {
  compileHolder,
  compileNeed,
  fitScore,
  learningPath,
  scoreCandidate,
  scoreNeed,
  type CompiledHolder,
  type CompiledNeed,
  type HeldSkill,
  type Match,
  type Requirement,
} from '@kc/matching';
import { MAX_SHORTLIST_SKILLS, profileVisibilitiesFor, SearchTimeoutError, SearchUnavailableError, type ShortlistCollection, type ShortlistHit, type ShortlistQuery } from '@kc/search';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError, notFound } from '../lib/errors.ts';
import { isClusterAdmin, isMemberOf, requireUser } from './access.ts';
import { getOffering, offeringsAmong } from './offerings.service.ts';
import { getOpportunity, opportunitiesAmong } from './opportunities.service.ts';
import { findableCandidatesAmong, findableSkillsAmong, ownProfileOf } from './students.service.ts';
import { skillLabels } from './skill-refs.ts';
import { getOccupation } from './taxonomy.service.ts';

/**
 * Who fits what, in every direction. The search engine shortlists the records that share skills
 * with the need or the holder (weighted by the credit each shared skill could earn), the
 * database gives their current skills and levels, and `@kc/matching` scores and explains each.
 */

/** The level an occupation's skills are asked at: ESCO gives none, so the platform's default. */
const OCCUPATION_SKILL_LEVEL = 2;

const requirementsOf = (skills: readonly { uri: string; level: number; importance: 'essential' | 'optional' }[]): Requirement[] =>
  skills.map((s) => ({ uri: s.uri, level: s.level, importance: s.importance }));
const heldOf = (skills: readonly { uri: string; level: number }[]): HeldSkill[] => skills.map((s) => ({ uri: s.uri, level: s.level }));

/** Skill → the most one requirement of the need pays for holding it: how the engine ranks a shortlist for the need. */
export function weightsForNeed(need: CompiledNeed): Map<string, number> {
  const weights = new Map<string, number>();
  for (const requirement of need.requirements) {
    for (const [uri, answer] of requirement.answers) {
      const weight = requirement.weight * answer.credit;
      if (weight > (weights.get(uri) ?? 0)) weights.set(uri, weight);
    }
  }
  return weights;
}

/** Required skill → the best credit one of the held skills earns for it: how the engine ranks needs for a holder. */
function weightsForHolder(holder: CompiledHolder): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [uri, answers] of holder.answering) weights.set(uri, Math.max(...answers.map((a) => a.answer.credit)));
  return weights;
}

/** The heaviest skills only: a need of many broad skills reaches thousands of neighbours, and the lightest say least. */
function heaviest(weights: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  if (weights.size <= MAX_SHORTLIST_SKILLS) return weights;
  return new Map([...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SHORTLIST_SKILLS));
}

async function shortlist(deps: AppDeps, collection: ShortlistCollection, query: ShortlistQuery): Promise<ShortlistHit[]> {
  if (query.skills.size === 0) return [];
  try {
    return await deps.search.engine.shortlist(collection, { ...query, skills: heaviest(query.skills) });
  } catch (error) {
    if (error instanceof SearchUnavailableError || error instanceof SearchTimeoutError) {
      deps.log.warn('shortlist failed', { collection, error: error.message });
      throw new ApiError('SERVICE_UNAVAILABLE', 'Matching is unavailable at the moment; please try again shortly.', undefined, { 'retry-after': '1' });
    }
    throw error;
  }
}

const idsOf = (hits: readonly ShortlistHit[]) => hits.map((hit) => hit.id);

/** Each shortlisted student's skills and levels: as the index holds them, else (documents indexed without levels) read. */
export async function shortlistedSkills(deps: AppDeps, actor: Actor, hits: readonly ShortlistHit[]): Promise<Map<string, HeldSkill[]>> {
  const held = new Map<string, HeldSkill[]>();
  const unread: string[] = [];
  for (const hit of hits) {
    if (hit.skills) held.set(hit.id, hit.skills);
    else unread.push(hit.id);
  }
  if (unread.length > 0) for (const [id, skills] of await findableSkillsAmong(deps, actor, unread)) held.set(id, skills);
  return held;
}

/** Labels of the skills an explanation names, from the records that hold them, else from the taxonomy. */
async function labelsFor(deps: AppDeps, matches: readonly Match[], known: Map<string, string>): Promise<Map<string, string>> {
  const wanted = new Set<string>();
  for (const m of matches) {
    for (const r of m.requirements) {
      if (!known.has(r.uri)) wanted.add(r.uri);
      if (r.via && !known.has(r.via.uri)) wanted.add(r.via.uri);
    }
  }
  for (const [uri, label] of await skillLabels(deps.database.db, [...wanted])) known.set(uri, label);
  return known;
}

const labelMap = (...lists: readonly (readonly { uri: string; preferredLabel: string }[])[]) =>
  new Map(lists.flatMap((list) => list.map((s) => [s.uri, s.preferredLabel] as const)));

function toFit(match: Match, labels: ReadonlyMap<string, string>): Fit {
  return {
    score: Math.round(match.score),
    requirements: match.requirements.map((r) => ({
      uri: r.uri,
      preferredLabel: labels.get(r.uri) ?? r.uri,
      importance: r.importance,
      level: r.level,
      outcome: r.outcome,
      via: r.via ? { ...r.via, preferredLabel: labels.get(r.via.uri) ?? r.via.uri } : null,
      credit: r.credit,
      levelFactor: r.levelFactor,
      points: Math.round(r.points * 10) / 10,
    })),
  };
}

/** Best first, then by id, so equal fits keep one order. */
const byFitThenId = (scoreA: number, idA: string, scoreB: number, idB: string) => scoreB - scoreA || (idA < idB ? -1 : 1);

/** Records with some fit, best first. */
function rank<T extends { id: string }>(scored: { record: T; match: Match }[]) {
  return scored.filter((s) => s.match.score > 0).sort((a, b) => byFitThenId(a.match.score, a.record.id, b.match.score, b.record.id));
}

function pageOfRanked<T>(items: T[], query: PaginationQuery, considered: number) {
  const start = (query.page - 1) * query.pageSize;
  return { items: items.slice(start, start + query.pageSize), page: query.page, pageSize: query.pageSize, total: items.length, considered };
}

/** Students ranked for an opportunity, for its organisation's members (and cluster administrators). */
export async function candidatesFor(deps: AppDeps, actor: Actor, opportunityId: string, query: PaginationQuery): Promise<CandidatePage> {
  const opportunity = await getOpportunity(deps, actor, opportunityId);
  const user = requireUser(actor);
  if (!isMemberOf(user, opportunity.organisation.id) && !isClusterAdmin(user)) {
    throw new ApiError('FORBIDDEN', 'Only members of the organisation can see candidates for its opportunities.');
  }
  const need = compileNeed(requirementsOf(opportunity.skills), await deps.skills.graph());
  const hits = await shortlist(deps, 'students', {
    skills: weightsForNeed(need),
    filters: { visibility: profileVisibilitiesFor(actor) },
    limit: MATCH_SHORTLIST_SIZE,
  });
  // Ranked on the skills and levels the index holds; only the page is read whole, checked for
  // visibility again, and explained from what each student holds now.
  const ranked = [...(await shortlistedSkills(deps, actor, hits))]
    .map(([id, skills]) => ({ id, score: fitScore(need, skills) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => byFitThenId(a.score, a.id, b.score, b.id));
  const page = pageOfRanked(ranked, query, hits.length);
  const explained = (await findableCandidatesAmong(deps, actor, page.items.map((i) => i.id)))
    .map(({ skills, ...student }) => ({ student, skills, match: scoreCandidate(need, heldOf(skills)) }))
    .filter((e) => e.match.score > 0)
    .sort((a, b) => byFitThenId(a.match.score, a.student.id, b.match.score, b.student.id));
  const labels = await labelsFor(deps, explained.map((e) => e.match), labelMap(opportunity.skills, ...explained.map((e) => e.skills)));
  return { ...page, items: explained.map(({ student, match }) => ({ student, fit: toFit(match, labels) })) };
}

/** Open opportunities ranked by how well what someone holds (a student's skills, an offering's taught ones) answers them. */
async function opportunitiesFittingHolder(
  deps: AppDeps,
  actor: Actor,
  held: readonly { uri: string; preferredLabel: string; level: number }[],
  query: PaginationQuery & { kind?: Opportunity['kind']; internshipsFirst?: boolean },
): Promise<FittingOpportunityPage> {
  // One walk of the graph from the held skills serves both the shortlist's weights and the scores.
  const holder = compileHolder(heldOf(held), await deps.skills.graph());
  const ids = idsOf(
    await shortlist(deps, 'opportunities', {
      skills: weightsForHolder(holder),
      filters: { status: ['open'], ...(query.kind ? { kind: [query.kind] } : {}) },
      limit: MATCH_SHORTLIST_SIZE,
    }),
  );
  const opportunities = await opportunitiesAmong(deps, actor, ids, ['open']);
  const ranked = rank(opportunities.map((record) => ({ record, match: scoreNeed(holder, requirementsOf(record.skills)) })));
  // Stable: internships keep their order by fit, ahead of the rest.
  if (query.internshipsFirst) ranked.sort((a, b) => Number(b.record.kind === 'internship') - Number(a.record.kind === 'internship'));
  const page = pageOfRanked(ranked, query, ids.length);
  const labels = await labelsFor(deps, page.items.map((i) => i.match), labelMap(held, ...page.items.map((i) => i.record.skills)));
  return { ...page, items: page.items.map(({ record, match }) => ({ opportunity: record, fit: toFit(match, labels) })) };
}

/** "Fits you": open opportunities ranked for the signed-in student; empty until the profile lists skills. */
export async function opportunitiesForMe(deps: AppDeps, actor: Actor, query: FittingOpportunitiesQuery): Promise<FittingOpportunityPage> {
  requireUser(actor);
  const profile = await ownProfileOf(deps, actor);
  if (!profile || profile.skills.length === 0) return pageOfRanked([], query, 0);
  return opportunitiesFittingHolder(deps, actor, profile.skills, query);
}

/** The open needs an offering's taught skills answer, best covered first. */
export async function opportunitiesCoveredBy(deps: AppDeps, actor: Actor, offeringId: string, query: PaginationQuery): Promise<FittingOpportunityPage> {
  const offering = await getOffering(deps, actor, offeringId);
  return opportunitiesFittingHolder(deps, actor, offering.skills, query);
}

/** Published offerings scored by how much of a need their taught skills cover. */
async function offeringsTeaching(deps: AppDeps, actor: Actor, need: CompiledNeed, limit: number): Promise<{ offerings: Offering[]; considered: number }> {
  const ids = idsOf(await shortlist(deps, 'offerings', { skills: weightsForNeed(need), filters: { status: ['published'] }, limit }));
  return { offerings: await offeringsAmong(deps, actor, ids, ['published']), considered: ids.length };
}

/** Trainings that teach an opportunity's skills ("trainings that could upskill your staff"). */
export async function offeringsForOpportunity(deps: AppDeps, actor: Actor, opportunityId: string, query: PaginationQuery): Promise<TeachingOfferingPage> {
  const opportunity = await getOpportunity(deps, actor, opportunityId);
  const need = compileNeed(requirementsOf(opportunity.skills), await deps.skills.graph());
  const { offerings, considered } = await offeringsTeaching(deps, actor, need, MATCH_SHORTLIST_SIZE);
  const ranked = rank(offerings.map((record) => ({ record, match: scoreCandidate(need, heldOf(record.skills)) })));
  const page = pageOfRanked(ranked, query, considered);
  const labels = await labelsFor(deps, page.items.map((i) => i.match), labelMap(opportunity.skills, ...page.items.map((i) => i.record.skills)));
  return { ...page, items: page.items.map(({ record, match }) => ({ offering: record, fit: toFit(match, labels) })) };
}

interface Target {
  kind: 'occupation' | 'opportunity';
  id: string;
  title: string;
  names: Gap['target']['names'];
  skills: { uri: string; preferredLabel: string; level: number; importance: 'essential' | 'optional' }[];
}

async function gapTarget(deps: AppDeps, actor: Actor, query: FitQuery): Promise<Target> {
  if (query.opportunity) {
    const o = await getOpportunity(deps, actor, query.opportunity);
    return { kind: 'opportunity', id: o.id, title: o.title, names: null, skills: o.skills };
  }
  const uri = query.occupation ?? '';
  let occupation;
  try {
    occupation = await getOccupation(deps, uri);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') {
      throw new ApiError('UNKNOWN_REFERENCE', 'No ESCO occupation has this URI.', [{ path: 'query.occupation', message: `unknown occupation ${uri}` }]);
    }
    throw error;
  }
  return {
    kind: 'occupation',
    id: occupation.uri,
    title: occupation.preferredLabel,
    names: occupation.names,
    skills: occupation.skills.map((s) => ({ uri: s.uri, preferredLabel: s.preferredLabel, level: OCCUPATION_SKILL_LEVEL, importance: s.relationType })),
  };
}

const targetOf = (target: Target): Gap['target'] => ({ kind: target.kind, id: target.id, title: target.title, names: target.names });

/** The signed-in student's fit for an occupation or an opportunity, without the search for trainings a gap makes. */
export async function fitForMe(deps: AppDeps, actor: Actor, query: FitQuery): Promise<MyFit> {
  const { target, held, now } = await fitNow(deps, actor, query);
  return { target: targetOf(target), fit: toFit(now, await labelsFor(deps, [now], labelMap(target.skills, held))) };
}

/** The signed-in student's skills against the target, scored as they stand. */
async function fitNow(deps: AppDeps, actor: Actor, query: FitQuery) {
  requireUser(actor);
  const target = await gapTarget(deps, actor, query);
  const held = (await ownProfileOf(deps, actor))?.skills ?? [];
  const graph = await deps.skills.graph();
  const need = compileNeed(requirementsOf(target.skills), graph);
  return { target, held, graph, need, now: scoreCandidate(need, heldOf(held)) };
}

/** The signed-in student against an occupation or an opportunity: the fit, and the trainings that close the gap at least cost. */
export async function gapForMe(deps: AppDeps, actor: Actor, query: GapQuery): Promise<Gap> {
  const { target, held, graph, need, now } = await fitNow(deps, actor, query);
  // Only what is not yet fully answered is worth a training.
  const open = compileNeed(
    requirementsOf(target.skills.filter((s) => now.requirements.some((r) => r.uri === s.uri && r.credit * r.levelFactor < 1))),
    graph,
  );
  const { offerings, considered } = await offeringsTeaching(deps, actor, open, PATH_OFFERING_LIMIT);
  const path = learningPath({ need, held: heldOf(held), offerings: offerings.map((o) => ({ id: o.id, hours: o.hours, costEur: o.costEur, skills: heldOf(o.skills) })), minimise: query.minimise });
  const labels = await labelsFor(deps, [now], labelMap(target.skills, held, ...offerings.map((o) => o.skills)));
  const byId = new Map(offerings.map((o) => [o.id, o]));
  const importanceOf = new Map(target.skills.map((s) => [s.uri, s.importance]));
  const learning: LearningPath = {
    minimise: query.minimise,
    steps: path.steps.map((step) => {
      const offering = byId.get(step.offeringId);
      if (!offering) throw notFound('Offering');
      return {
        offering,
        improves: step.covers.map((c) => ({ uri: c.uri, preferredLabel: labels.get(c.uri) ?? c.uri, before: c.before.outcome, after: c.after.outcome })),
        fitBefore: step.fitBefore,
        fitAfter: step.fitAfter,
      };
    }),
    fitBefore: path.fitBefore,
    fitAfter: path.fitAfter,
    uncovered: path.uncovered.map((uri) => ({ uri, preferredLabel: labels.get(uri) ?? uri, importance: importanceOf.get(uri) ?? 'optional' })),
    total: {
      hours: path.total.hours,
      costEur: path.total.costEur,
      offerings: path.total.count,
      withoutHours: path.total.unknown.hours,
      withoutPrice: path.total.unknown.costEur,
    },
    method: path.method,
    bound: path.bound,
    considered,
  };
  return { target: targetOf(target), fit: toFit(now, labels), path: learning };
}
