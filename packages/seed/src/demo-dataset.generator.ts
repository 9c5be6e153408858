import type {
  ApplicationStatus,
  Availability,
  OfferingFormat,
  OfferingKind,
  OfferingStatus,
  OpportunityKind,
  OpportunityStatus,
  OrganisationKind,
  ProfileVisibility,
  SizeBand,
  SofiaDistrict,
  UnfilledCause,
  WorkMode,
} from '@kc/contract/vocabulary';
import { SOFIA_DISTRICTS } from '@kc/contract/vocabulary';
import { lookAlikeKey } from '@kc/contract/look-alike';
import {
  CLUSTER_ORGANISATIONS,
  DEMO_DESCRIPTION_NOTE,
  HIRING_SECTORS,
  SYNTHETIC_COMPANY_NOUNS,
  SYNTHETIC_NAME_PLACES,
  SYNTHETIC_TRAINING_NOUNS,
  type DemoSector,
  type ProgrammeTemplate,
} from './cluster-catalogue.ts';
import { createDemoTables, type DemoTables } from './demo-tables.ts';
import {
  BULGARIAN_FAMILY_NAMES,
  BULGARIAN_FEMALE_FIRST_NAMES,
  BULGARIAN_MALE_FIRST_NAMES,
  INTERNATIONAL_NAME_GROUPS,
} from './name-catalogue.ts';
import { OFFERING_TEMPLATES, type OfferingTemplate } from './offering-catalogue.ts';
import { POSTING_TEMPLATES, type PostingTemplate } from './posting-catalogue.ts';
import { Random, uuidFromName } from './random.ts';

export interface SkillRef {
  uri: string;
  label: string;
}

/** An ESCO occupation with its essential and optional skills, in a stable order. */
export interface OccupationProfile {
  uri: string;
  label: string;
  essential: readonly SkillRef[];
  optional: readonly SkillRef[];
}

/** Occupations keyed by lower-case preferred label. */
export type OccupationCatalogue = ReadonlyMap<string, OccupationProfile>;

export interface DemoDatasetOptions {
  /** Multiplies students (200), opportunities (60) and offerings (40). */
  scale: number;
  seed: number;
  /** ISO date all demo dates are relative to. */
  referenceDate: string;
}

export const DEFAULT_DEMO_SEED = 20260901;
export const DEMO_REFERENCE_DATE = '2026-09-01';

/**
 * The reference date for a seed run now: today (UTC), so that open postings have deadlines
 * ahead and posting dates behind whoever looks at the demo. Pin it for identical runs.
 */
export function currentReferenceDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
export const STUDENTS_PER_SCALE = 200;
export const OPPORTUNITIES_PER_SCALE = 60;
export const OFFERINGS_PER_SCALE = 40;
/** Postings of the past year that closed, most of them unfilled, for the history of unfilled needs. */
export const PAST_CLOSURES_PER_SCALE = 30;

/** Why demo postings closed unfilled, roughly as Cedefop's employer surveys rank the causes; null: not said. */
const UNFILLED_CAUSE_WEIGHTS: readonly (readonly [UnfilledCause | null, number])[] = [
  ['no_skilled_candidates', 34],
  ['insufficient_experience', 22],
  ['pay_or_conditions', 22],
  ['slow_hiring', 10],
  ['other', 5],
  [null, 7],
];

export interface DemoDataset {
  tables: DemoTables;
}

/** Every occupation label the templates name, for loading and checking against ESCO. */
export function demoOccupationLabels(): string[] {
  const labels = new Set<string>();
  for (const t of POSTING_TEMPLATES) labels.add(t.occupation);
  for (const t of OFFERING_TEMPLATES) labels.add(t.occupation);
  for (const org of CLUSTER_ORGANISATIONS) for (const p of org.programmes ?? []) labels.add(p.occupation);
  return [...labels].sort();
}

/** Every ESCO skill the offering templates teach, once each, ordered by URI. */
export function demoOfferingSkills(): SkillRef[] {
  const byUri = new Map<string, SkillRef>();
  for (const t of OFFERING_TEMPLATES) for (const s of t.skills) byUri.set(s.uri, { uri: s.uri, label: s.label });
  return [...byUri.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/** The offering template an offering's title was made from ("… (group 2)" for a repeat at one provider). */
export function offeringTemplateOfTitle(title: string): OfferingTemplate | undefined {
  const base = title.replace(/ \(group \d+\)$/, '');
  return OFFERING_TEMPLATES.find((t) => t.title === base);
}

export function demoOrganisationId(seed: number, slug: string): string {
  return uuidFromName(seed, 'organisation', slug);
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const DAY_MS = 86_400_000;

class Calendar {
  private readonly base: number;

  constructor(referenceDate: string) {
    this.base = Date.parse(`${referenceDate}T00:00:00Z`);
    if (Number.isNaN(this.base)) throw new Error(`invalid reference date: ${referenceDate}`);
  }

  date(offsetDays: number): string {
    return new Date(this.base + offsetDays * DAY_MS).toISOString().slice(0, 10);
  }

  /** A working-hours timestamp `offsetDays` from the reference date. */
  timestamp(offsetDays: number, rng: Random): string {
    return new Date(this.base + offsetDays * DAY_MS + rng.int(8 * 3600, 18 * 3600) * 1000).toISOString();
  }
}

interface Org {
  id: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  sector: DemoSector;
  district: string;
  programmes: readonly ProgrammeTemplate[];
  /** Added at larger scales, not in the cluster catalogue. */
  synthetic: boolean;
}

interface Person {
  first: string;
  last: string;
}

function person(rng: Random): Person {
  if (rng.chance(0.2)) {
    const group = rng.pick(INTERNATIONAL_NAME_GROUPS);
    return { first: rng.pick(group.first), last: rng.pick(group.family) };
  }
  const family = rng.pick(BULGARIAN_FAMILY_NAMES);
  return rng.chance(0.5)
    ? { first: rng.pick(BULGARIAN_FEMALE_FIRST_NAMES), last: `${family}a` }
    : { first: rng.pick(BULGARIAN_MALE_FIRST_NAMES), last: family };
}

function emailLocal(p: Person): string {
  return `${p.first}.${p.last}`.toLowerCase();
}

const SECTOR_FOCUS: Readonly<Record<string, string>> = {
  software: 'builds software products and services',
  fintech: 'builds financial technology',
  'data and AI': 'builds data and machine-learning solutions',
  cybersecurity: 'provides security engineering and monitoring',
  space: 'builds space and Earth-observation technology',
  biotech: 'works on laboratory and biomedical technology',
  'business services': 'provides outsourced business services',
  education: 'trains professionals in digital and business skills',
};

const KIND_PATTERN: readonly OpportunityKind[] = [
  'internship', 'job', 'internship', 'upskilling', 'internship', 'job',
  'research_collaboration', 'internship', 'job', 'internship', 'job', 'upskilling',
];

const OFFERING_SLOTS: readonly [OfferingKind, OfferingTemplate['provider']][] = [
  ['degree_programme', 'university'],
  ['course', 'university'],
  ['training', 'training_provider'],
  ['bootcamp', 'training_provider'],
  ['course', 'training_provider'],
];

const RESEARCH_SECTORS: ReadonlySet<DemoSector> = new Set(['software', 'data and AI', 'cybersecurity', 'space', 'biotech']);

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function ordinal(n: number): string {
  if (n === 1) return '1st';
  if (n === 2) return '2nd';
  if (n === 3) return '3rd';
  return `${n}th`;
}

interface GeneratorContext {
  seed: number;
  scale: number;
  cal: Calendar;
  tables: DemoTables;
  occupation(label: string): OccupationProfile;
}

interface Cluster {
  bySlug: ReadonlyMap<string, Org>;
  universities: Org[];
  trainingProviders: Org[];
  companies: Org[];
  institutes: Org[];
  researchCompanies: Org[];
}

interface TaughtSkill {
  uri: string;
  level: number;
}

interface PublishedOffering {
  id: string;
  skills: TaughtSkill[];
}

interface OpenOpportunity {
  id: string;
  createdDays: number;
  kind: OpportunityKind;
}

/** Items grouped by ESCO occupation label, plus the whole list. */
interface ByOccupation<T> {
  all: T[];
  byOccupation: Map<string, T[]>;
}

function addByOccupation<T>(group: ByOccupation<T>, occupation: string, item: T): void {
  group.all.push(item);
  const list = group.byOccupation.get(occupation);
  if (list) list.push(item);
  else group.byOccupation.set(occupation, [item]);
}

/**
 * Builds the whole demo population in memory, deterministically: the same catalogue, seed,
 * scale and reference date give the same rows. Pure: no I/O.
 */
export function generateDemoDataset(catalogue: OccupationCatalogue, options: DemoDatasetOptions): DemoDataset {
  const scale = Math.floor(options.scale);
  if (!Number.isFinite(scale) || scale < 1) throw new Error(`scale must be an integer ≥ 1, got ${options.scale}`);
  const ctx: GeneratorContext = {
    seed: options.seed,
    scale,
    cal: new Calendar(options.referenceDate),
    tables: createDemoTables(),
    occupation(label) {
      const found = catalogue.get(label.toLowerCase());
      if (!found) throw new Error(`ESCO occupation "${label}" is not in the catalogue`);
      if (found.essential.length === 0) throw new Error(`ESCO occupation "${label}" has no essential skills`);
      return found;
    },
  };
  const cluster = generateOrganisations(ctx);
  const offerings = generateOfferings(ctx, cluster);
  const openings = generateOpportunities(ctx, cluster);
  generateStudents(ctx, cluster, offerings, openings);
  return { tables: ctx.tables };
}

/** The catalogue organisations, plus synthetic companies and training providers at larger scales, each with staff. */
function generateOrganisations(ctx: GeneratorContext): Cluster {
  const { seed, scale, cal, tables } = ctx;
  const orgs: Org[] = [];
  const usedNames = new Set<string>(CLUSTER_ORGANISATIONS.map((o) => o.name));
  const addOrganisation = (
    template: { name: string; slug: string; kind: OrganisationKind; sector: DemoSector; district: SofiaDistrict; sizeBand: SizeBand; focus: string },
    programmes: readonly ProgrammeTemplate[],
    staffMembers: number,
    synthetic: boolean,
  ): void => {
    const rng = Random.derive(seed, 'organisation', template.slug);
    const id = demoOrganisationId(seed, template.slug);
    const createdDays = -rng.int(120, 720);
    const createdAt = cal.timestamp(createdDays, rng);
    tables.organisations.push({
      id,
      kind: template.kind,
      name: template.name,
      nameKey: lookAlikeKey(template.name),
      slug: template.slug,
      sector: template.sector,
      description: `${template.name} ${template.focus}, based in ${template.district}, Sofia. ${DEMO_DESCRIPTION_NOTE}`,
      website: `https://${template.slug}.example.org`,
      district: template.district,
      sizeBand: template.sizeBand,
      verified: rng.chance(0.8),
      createdAt,
      updatedAt: createdAt,
    });
    orgs.push({ ...template, id, programmes, synthetic });
    const locals = new Set<string>();
    for (let n = 0; n < staffMembers; n++) {
      const staffRng = Random.derive(seed, 'staff', template.slug, n);
      const p = person(staffRng);
      let local = emailLocal(p);
      for (let k = 2; locals.has(local); k++) local = `${emailLocal(p)}.${k}`;
      locals.add(local);
      const userId = uuidFromName(seed, 'user', 'staff', template.slug, n);
      const joined = cal.timestamp(createdDays + staffRng.int(0, 60), staffRng);
      tables.users.push({
        id: userId,
        email: `${local}@${template.slug}.example.org`,
        displayName: `${p.first} ${p.last}`,
        createdAt: joined,
        updatedAt: joined,
      });
      tables.memberships.push({ userId, organisationId: id, role: n === 0 ? 'admin' : 'member', createdAt: joined, updatedAt: joined });
    }
  };

  for (const template of CLUSTER_ORGANISATIONS) {
    const staff = 2 + Random.derive(seed, 'staff-count', template.slug).int(0, 2);
    addOrganisation(template, template.programmes ?? [], staff, false);
  }
  const uniqueName = (base: string): string => {
    let name = base;
    for (let k = 2; usedNames.has(name); k++) name = `${base} ${k}`;
    usedNames.add(name);
    return name;
  };
  const extraCompanies = 2 * (scale - 1);
  for (let e = 0; e < extraCompanies; e++) {
    const rng = Random.derive(seed, 'extra-company', e);
    const sector = HIRING_SECTORS[e % HIRING_SECTORS.length] ?? 'software';
    const nouns = SYNTHETIC_COMPANY_NOUNS[sector] ?? ['Labs'];
    const round = Math.floor(e / HIRING_SECTORS.length);
    const place = SYNTHETIC_NAME_PLACES[round % SYNTHETIC_NAME_PLACES.length] ?? 'Sofia';
    const noun = nouns[Math.floor(round / SYNTHETIC_NAME_PLACES.length) % nouns.length] ?? 'Labs';
    const name = uniqueName(`${place} ${noun}`);
    addOrganisation(
      {
        name,
        slug: slugify(name),
        kind: 'company',
        sector,
        district: rng.pick(SOFIA_DISTRICTS),
        sizeBand: rng.weighted<SizeBand>([['micro', 3], ['small', 4], ['medium', 2], ['large', 1]]),
        focus: SECTOR_FOCUS[sector] ?? 'works in the knowledge economy',
      },
      [],
      2,
      true,
    );
  }
  const extraProviders = Math.floor((scale - 1) / 4);
  for (let e = 0; e < extraProviders; e++) {
    const rng = Random.derive(seed, 'extra-provider', e);
    const place = SYNTHETIC_NAME_PLACES[e % SYNTHETIC_NAME_PLACES.length] ?? 'Sofia';
    const noun = SYNTHETIC_TRAINING_NOUNS[Math.floor(e / SYNTHETIC_NAME_PLACES.length) % SYNTHETIC_TRAINING_NOUNS.length] ?? 'Academy';
    const name = uniqueName(`${place} ${noun}`);
    addOrganisation(
      {
        name,
        slug: slugify(name),
        kind: 'training_provider',
        sector: 'education',
        district: rng.pick(SOFIA_DISTRICTS),
        sizeBand: rng.weighted<SizeBand>([['micro', 3], ['small', 2]]),
        focus: SECTOR_FOCUS.education ?? 'trains professionals',
      },
      [],
      2,
      true,
    );
  }

  const ofKind = (kind: OrganisationKind) => orgs.filter((o) => o.kind === kind);
  const companies = ofKind('company');
  return {
    bySlug: new Map(orgs.map((o) => [o.slug, o])),
    universities: ofKind('university'),
    trainingProviders: ofKind('training_provider'),
    companies,
    institutes: ofKind('research_institute'),
    researchCompanies: companies.filter((o) => RESEARCH_SECTORS.has(o.sector)),
  };
}

function generateOfferings(ctx: GeneratorContext, cluster: Cluster): ByOccupation<PublishedOffering> {
  const { seed, scale, cal, tables } = ctx;
  const published: ByOccupation<PublishedOffering> = { all: [], byOccupation: new Map() };
  const templatesBySlot = OFFERING_SLOTS.map(([kind, provider]) =>
    OFFERING_TEMPLATES.filter((t) => t.kind === kind && t.provider === provider),
  );
  const publishers = new Map<OfferingTemplate, Org[]>();
  const publishersOf = (template: OfferingTemplate): Org[] => {
    let list = publishers.get(template);
    if (!list) {
      list = template.publishers.map((slug) => {
        const org = cluster.bySlug.get(slug);
        if (!org || org.kind !== template.provider) {
          throw new Error(`offering "${template.title}" names publisher "${slug}", which is no ${template.provider} of the cluster`);
        }
        return org;
      });
      if (template.kind === 'degree_programme' && list.length !== 1) {
        throw new Error(`degree programme "${template.title}" must name exactly one university`);
      }
      // Synthetic training providers are generalists: they may publish any training-provider template.
      if (template.provider === 'training_provider') list.push(...cluster.trainingProviders.filter((o) => o.synthetic));
      if (list.length === 0) throw new Error(`offering "${template.title}" has no publisher`);
      publishers.set(template, list);
    }
    return list;
  };
  const titleUses = new Map<string, number>();
  const offeringCount = OFFERINGS_PER_SCALE * scale;
  for (let j = 0; j < offeringCount; j++) {
    const rng = Random.derive(seed, 'offering', j);
    const slot = j % OFFERING_SLOTS.length;
    const templates = templatesBySlot[slot] ?? [];
    const template = templates[Math.floor(j / OFFERING_SLOTS.length) % templates.length];
    if (!template) throw new Error('offering catalogue has an empty slot');
    const provider = rng.pick(publishersOf(template));
    const id = uuidFromName(seed, 'offering', j);
    const key = `${provider.id}|${template.title}`;
    const uses = titleUses.get(key) ?? 0;
    titleUses.set(key, uses + 1);
    const title = uses === 0 ? template.title : `${template.title} (group ${uses + 1})`;
    const language = rng.chance(template.kind === 'degree_programme' ? 0.6 : 0.5) ? 'bg' : 'en';
    const status = rng.weighted<OfferingStatus>([['published', 80], ['draft', 12], ['archived', 8]]);
    const createdDays = -rng.int(10, 300);
    const createdAt = cal.timestamp(createdDays, rng);
    const startShift = status === 'archived' ? -rng.int(200, 420) : 0;
    let hours: number | null = null;
    let ects: number | null = null;
    let costEur: number | null;
    let seats: number | null = null;
    let yearlyCapacity: number | null;
    let format: OfferingFormat;
    let startDays: number;
    let endDays: number;
    switch (template.kind) {
      case 'degree_programme': {
        const master = template.title.startsWith('MSc');
        ects = master ? 120 : 240;
        costEur = rng.pick([0, 550, 800, 1200, 2400, 3600]);
        yearlyCapacity = rng.int(4, 20) * 10;
        format = rng.chance(0.7) ? 'on_site' : 'hybrid';
        startDays = 30 + startShift;
        endDays = startDays + (master ? 2 : 4) * 365 - 100;
        break;
      }
      case 'course': {
        if (template.provider === 'university') {
          ects = rng.int(4, 8);
          hours = ects * 10;
          costEur = rng.pick([0, 0, 120, 240]);
          format = rng.weighted<OfferingFormat>([['on_site', 5], ['hybrid', 3], ['online', 2]]);
          startDays = rng.pick([14, 150]) + startShift;
          endDays = startDays + rng.int(84, 105);
        } else {
          hours = rng.pick([24, 32, 40, 48, 60]);
          costEur = rng.int(4, 18) * 50;
          format = rng.weighted<OfferingFormat>([['online', 5], ['on_site', 3], ['hybrid', 2]]);
          startDays = rng.int(7, 200) + startShift;
          endDays = startDays + rng.int(28, 84);
        }
        seats = rng.int(2, 6) * 10;
        yearlyCapacity = seats * rng.int(1, 3);
        break;
      }
      case 'training': {
        hours = rng.pick([8, 16, 24, 32, 40]);
        costEur = rng.int(3, 18) * 50;
        seats = rng.int(10, 25);
        yearlyCapacity = seats * rng.int(4, 10);
        format = rng.weighted<OfferingFormat>([['online', 4], ['on_site', 4], ['hybrid', 2]]);
        startDays = rng.int(7, 200) + startShift;
        endDays = startDays + Math.max(0, Math.ceil(hours / 8) - 1);
        break;
      }
      case 'bootcamp': {
        hours = rng.pick([240, 320, 400, 480]);
        costEur = rng.int(30, 96) * 50;
        seats = rng.int(15, 30);
        yearlyCapacity = seats * rng.int(2, 3);
        format = rng.weighted<OfferingFormat>([['on_site', 4], ['hybrid', 4], ['online', 2]]);
        startDays = rng.int(14, 200) + startShift;
        endDays = startDays + rng.int(70, 112);
        break;
      }
    }
    tables.offerings.push({
      id,
      providerId: provider.id,
      kind: template.kind,
      title,
      description: `${template.summary} Taught in ${language === 'bg' ? 'Bulgarian' : 'English'} by ${provider.name}. Demo offering.`,
      hours,
      ects,
      language,
      format,
      costEur,
      seats,
      yearlyCapacity,
      startsOn: cal.date(startDays),
      endsOn: cal.date(endDays),
      status,
      createdAt,
      updatedAt: createdAt,
    });
    ctx.occupation(template.occupation); // the career it prepares for must be in ESCO too
    // Exactly the skills the template declares: an offering teaches what its title says.
    const taught: TaughtSkill[] = [];
    for (const skill of template.skills) {
      tables.offeringSkills.push({ offeringId: id, skillUri: skill.uri, level: skill.level });
      taught.push({ uri: skill.uri, level: skill.level });
    }
    if (status === 'published') addByOccupation(published, template.occupation, { id, skills: taught });
  }

  return published;
}

function generateOpportunities(ctx: GeneratorContext, cluster: Cluster): ByOccupation<OpenOpportunity> {
  const { seed, scale, cal, tables } = ctx;
  const { companies, institutes, researchCompanies } = cluster;
  const open: ByOccupation<OpenOpportunity> = { all: [], byOccupation: new Map() };
  const templatesBySector = new Map<DemoSector, PostingTemplate[]>();
  for (const t of POSTING_TEMPLATES) {
    for (const sector of t.sectors) templatesBySector.set(sector, [...(templatesBySector.get(sector) ?? []), t]);
  }
  const opportunityCount = OPPORTUNITIES_PER_SCALE * scale;
  for (let k = 0; k < opportunityCount; k++) {
    const rng = Random.derive(seed, 'opportunity', k);
    const kind = KIND_PATTERN[k % KIND_PATTERN.length] ?? 'job';
    let org: Org;
    if (kind === 'research_collaboration') org = rng.chance(0.5) ? rng.pick(institutes) : rng.pick(researchCompanies);
    else if (kind !== 'upskilling' && rng.chance(0.1)) org = rng.pick(institutes);
    else org = rng.pick(companies);
    const template = rng.pick(templatesBySector.get(org.sector) ?? POSTING_TEMPLATES);
    const status = rng.weighted<OpportunityStatus>([['open', 70], ['draft', 10], ['closed', 12], ['filled', 8]]);
    const workMode = rng.weighted<WorkMode>([['on_site', 35], ['hybrid', 50], ['remote', 15]]);
    const seniority = kind === 'job' ? rng.weighted([['', 5], ['Junior ', 3], ['Senior ', 2]] as const) : '';
    let title: string;
    let headcount: number;
    let essentialLevel: readonly [number, number];
    let lead: string;
    switch (kind) {
      case 'job':
        title = `${seniority}${template.role}`;
        headcount = rng.int(1, 3);
        essentialLevel = seniority === 'Junior ' ? [1, 2] : seniority === 'Senior ' ? [3, 4] : [2, 3];
        lead = `is hiring ${withArticle(`${seniority.toLowerCase()}${template.role}`)}`;
        break;
      case 'internship':
        title = rng.pick([`${template.role} Intern`, `Internship: ${template.role}`, `Summer Internship in ${template.topic}`]);
        headcount = rng.int(1, 4);
        essentialLevel = [1, 2];
        lead = `offers ${headcount === 1 ? 'an internship' : `${headcount} internships`} in ${template.topic}`;
        break;
      case 'upskilling':
        title = rng.pick([`Upskilling: ${template.topic}`, `Team training need: ${template.topic}`]);
        headcount = rng.int(3, 15);
        essentialLevel = [2, 3];
        lead = `wants to upskill ${headcount} staff members in ${template.topic}`;
        break;
      case 'research_collaboration':
        title = rng.pick([`Research collaboration: ${template.topic}`, `Joint research project on ${template.topic}`]);
        headcount = rng.int(1, 2);
        essentialLevel = [3, 4];
        lead = `is looking for a research partner in ${template.topic}`;
        break;
    }
    const id = uuidFromName(seed, 'opportunity', k);
    const createdDays = -rng.int(5, 90);
    const createdAt = cal.timestamp(createdDays, rng);
    const startDays = rng.int(14, 150);
    let deadlineDays: number;
    if (status === 'open') deadlineDays = Math.min(startDays - 1, rng.int(7, 60));
    else if (status === 'draft') deadlineDays = Math.min(startDays - 1, rng.int(30, 90));
    else deadlineDays = -rng.int(1, Math.max(1, -createdDays - 1));
    const occ = ctx.occupation(template.occupation);
    const essential = rng.sample(occ.essential, rng.int(4, 8));
    const optional = rng.sample(occ.optional, Math.max(rng.int(1, 4), 5 - essential.length));
    const total = Math.min(12, essential.length + optional.length);
    optional.length = Math.max(0, total - essential.length);
    for (const skill of essential) {
      tables.opportunitySkills.push({
        opportunityId: id,
        skillUri: skill.uri,
        level: rng.int(essentialLevel[0], essentialLevel[1]),
        importance: 'essential',
      });
    }
    for (const skill of optional) {
      tables.opportunitySkills.push({
        opportunityId: id,
        skillUri: skill.uri,
        level: Math.max(1, rng.int(essentialLevel[0], essentialLevel[1]) - 1),
        importance: 'optional',
      });
    }
    const mustHave = essential.slice(0, 3).map((s) => s.label).join(', ');
    const niceToHave = optional.slice(0, 2).map((s) => s.label).join(', ');
    tables.opportunities.push({
      id,
      organisationId: org.id,
      kind,
      title,
      description:
        `${org.name} ${lead}. Essential: ${mustHave}.` +
        (niceToHave ? ` Nice to have: ${niceToHave}.` : '') +
        ` Work mode: ${workMode.replace('_', '-')}, ${org.district}, Sofia. Demo posting.`,
      headcount,
      location: `Sofia, ${org.district}`,
      workMode,
      startsOn: cal.date(startDays),
      deadline: cal.date(deadlineDays),
      status,
      unfilledCause: status === 'closed' ? Random.derive(seed, 'unfilled cause', k).weighted(UNFILLED_CAUSE_WEIGHTS) : null,
      closedAt: status === 'closed' || status === 'filled' ? cal.timestamp(deadlineDays, rng) : null,
      occupationUri: occ.uri,
      createdAt,
      updatedAt: createdAt,
    });
    if (status === 'open' && (kind === 'internship' || kind === 'job')) {
      addByOccupation(open, template.occupation, { id, createdDays, kind });
    }
  }

  generatePastClosures(ctx, cluster);
  return open;
}

/** Jobs and internships of the past year that are over: filled, or closed unfilled with the cause their company gave. */
function generatePastClosures(ctx: GeneratorContext, cluster: Cluster): void {
  const { seed, scale, cal, tables } = ctx;
  for (let k = 0; k < PAST_CLOSURES_PER_SCALE * scale; k++) {
    const rng = Random.derive(seed, 'past closure', k);
    const org = rng.pick(cluster.companies);
    const forSector = POSTING_TEMPLATES.filter((t) => t.sectors.includes(org.sector));
    const template = rng.pick(forSector.length > 0 ? forSector : POSTING_TEMPLATES);
    const kind: OpportunityKind = rng.chance(0.7) ? 'job' : 'internship';
    const status: OpportunityStatus = rng.chance(0.8) ? 'closed' : 'filled';
    const createdDays = -rng.int(45, 400);
    const closedDays = Math.min(-1, createdDays + rng.int(21, 60));
    const id = uuidFromName(seed, 'past closure', k);
    const occ = ctx.occupation(template.occupation);
    for (const skill of rng.sample(occ.essential, rng.int(5, 8))) {
      tables.opportunitySkills.push({ opportunityId: id, skillUri: skill.uri, level: rng.int(1, 3), importance: 'essential' });
    }
    const createdAt = cal.timestamp(createdDays, rng);
    tables.opportunities.push({
      id,
      organisationId: org.id,
      kind,
      title: kind === 'job' ? template.role : `${template.role} Intern`,
      description: `${org.name} looked for ${withArticle(template.role)} in ${template.topic}. Demo posting, now over.`,
      headcount: rng.int(1, 2),
      location: `Sofia, ${org.district}`,
      workMode: rng.weighted<WorkMode>([['on_site', 35], ['hybrid', 50], ['remote', 15]]),
      startsOn: cal.date(closedDays + 14),
      deadline: cal.date(closedDays),
      status,
      unfilledCause: status === 'closed' ? rng.weighted(UNFILLED_CAUSE_WEIGHTS) : null,
      closedAt: cal.timestamp(closedDays, rng),
      occupationUri: occ.uri,
      createdAt,
      updatedAt: cal.timestamp(closedDays, rng),
    });
  }
}

/** Students with their accounts, skill profiles and applications to open internships and jobs. */
function generateStudents(
  ctx: GeneratorContext,
  cluster: Cluster,
  offerings: ByOccupation<PublishedOffering>,
  openings: ByOccupation<OpenOpportunity>,
): void {
  const { seed, scale, cal, tables } = ctx;
  const { universities } = cluster;
  const studentCount = STUDENTS_PER_SCALE * scale;
  // Students mostly live in Studentski, the district of the student town.
  const studentDistricts: readonly (readonly [SofiaDistrict, number])[] = SOFIA_DISTRICTS.map((d) => [d, d === 'Studentski' ? 12 : 1]);
  const secondaryOccupations = POSTING_TEMPLATES.map((t) => t.occupation);
  for (let i = 0; i < studentCount; i++) {
    const rng = Random.derive(seed, 'student', i);
    const university = rng.pick(universities);
    const programme = rng.pick(university.programmes);
    const studyYear = programme.level === 'master' ? rng.int(5, 6) : rng.int(1, 4);
    const p = person(rng);
    const userId = uuidFromName(seed, 'user', 'student', i);
    const profileId = uuidFromName(seed, 'profile', i);
    const createdDays = -rng.int(1, 400);
    const createdAt = cal.timestamp(createdDays, rng);
    const availability = rng.weighted<Availability>([['not_available', 25], ['part_time', 45], ['full_time', 30]]);
    const visibility = rng.weighted<ProfileVisibility>([['private', 25], ['cluster', 45], ['public', 30]]);
    tables.users.push({
      id: userId,
      email: `${emailLocal(p)}.${i + 1}@students.example.org`,
      displayName: `${p.first} ${p.last}`,
      createdAt,
      updatedAt: createdAt,
    });

    const chosen = new Set<string>();
    const skillLabels: string[] = [];
    const target = rng.int(5, 15);
    const addSkill = (skill: { uri: string }, level: number, offeringId: string | null): boolean => {
      if (chosen.has(skill.uri) || chosen.size >= target) return false;
      chosen.add(skill.uri);
      tables.profileSkills.push({
        profileId,
        skillUri: skill.uri,
        level,
        source: offeringId ? 'offering' : 'declared',
        offeringId,
        createdAt,
        updatedAt: createdAt,
      });
      return true;
    };
    if (offerings.all.length > 0 && rng.chance(0.35)) {
      const sameTrack = offerings.byOccupation.get(programme.occupation);
      const offering = sameTrack && rng.chance(0.7) ? rng.pick(sameTrack) : rng.pick(offerings.all);
      for (const skill of rng.sample(offering.skills, rng.int(1, 3))) addSkill(skill, skill.level, offering.id);
    }
    const occ = ctx.occupation(programme.occupation);
    const seniorBonus = studyYear >= 4 ? 0.3 : 0;
    const declaredLevel = (): number =>
      Math.min(4, rng.weighted([[1, 35], [2, 35], [3, 22], [4, 8]] as const) + (rng.chance(seniorBonus) ? 1 : 0));
    if (rng.chance(0.25)) {
      const other = ctx.occupation(rng.pick(secondaryOccupations));
      for (const skill of rng.sample(other.essential, rng.int(1, 3))) addSkill(skill, declaredLevel(), null);
    }
    const remaining = target - chosen.size;
    const fromEssential = Math.ceil(remaining * 0.65);
    const candidates = [...rng.sample(occ.essential, fromEssential + 3), ...rng.sample(occ.optional, remaining)];
    for (const skill of candidates) {
      if (addSkill(skill, declaredLevel(), null) && skillLabels.length < 2) skillLabels.push(skill.label);
    }

    const available = availability !== 'not_available';
    const universityShort = university.name.replace(/ \(demo\)$/, '');
    tables.studentProfiles.push({
      id: profileId,
      userId,
      headline: `${ordinal(studyYear)}-year ${programme.name} student${available ? ', open to internships' : ''}`,
      about:
        `Studying ${programme.name} at ${universityShort}.` +
        (skillLabels.length > 0 ? ` Key skills: ${skillLabels.join(', ')}.` : '') +
        (availability === 'part_time' ? ' Available part-time alongside my studies.' : '') +
        (availability === 'full_time' ? ' Available full-time.' : ''),
      programme: programme.name,
      institutionId: university.id,
      institutionName: university.name,
      studyYear,
      availability,
      availableFrom: available ? cal.date(rng.int(0, 120)) : null,
      district: rng.weighted(studentDistricts),
      visibility,
      createdAt,
      updatedAt: createdAt,
    });
    // What the programme prepares for: the occupation a student's gap is measured against by default.
    tables.profileTargetOccupations.push({ profileId, occupationUri: occ.uri });

    if (available && openings.all.length > 0 && rng.chance(0.6)) {
      const applied = new Set<string>();
      const applications = rng.int(1, 3);
      const fitting = openings.byOccupation.get(programme.occupation);
      for (let a = 0; a < applications; a++) {
        const opportunity = fitting && rng.chance(0.6) ? rng.pick(fitting) : rng.pick(openings.all);
        if (applied.has(opportunity.id)) continue;
        applied.add(opportunity.id);
        const status = rng.weighted<ApplicationStatus>([
          ['applied', 45],
          ['shortlisted', 20],
          ['rejected', 20],
          ['accepted', 5],
          ['withdrawn', 10],
        ]);
        const appliedDays = rng.int(Math.max(opportunity.createdDays, createdDays), 0);
        const appliedAt = cal.timestamp(appliedDays, rng);
        const changedDays = Math.min(0, appliedDays + rng.int(1, 14));
        const changedAt = status === 'applied' || changedDays === appliedDays ? appliedAt : cal.timestamp(changedDays, rng);
        tables.applications.push({
          id: uuidFromName(seed, 'application', i, a),
          profileId,
          opportunityId: opportunity.id,
          status,
          message: `Hello, I am a ${ordinal(studyYear)}-year ${programme.name} student at ${universityShort} and would like to apply for this ${opportunity.kind}.`,
          statusChangedAt: changedAt,
          createdAt: appliedAt,
          updatedAt: changedAt,
        });
      }
    }
  }

}
