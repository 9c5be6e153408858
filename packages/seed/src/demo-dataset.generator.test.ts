import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, SOFIA_DISTRICTS } from '@kc/contract/vocabulary';
import { CLUSTER_ORGANISATIONS } from './cluster-catalogue.ts';
import {
  demoOccupationLabels,
  demoOfferingSkills,
  generateDemoDataset,
  offeringTemplateOfTitle,
  type DemoDataset,
  type OccupationCatalogue,
  type OccupationProfile,
} from './demo-dataset.generator.ts';
import { tablesInInsertOrder, type DemoTables } from './demo-tables.ts';
import { OFFERING_TEMPLATES } from './offering-catalogue.ts';
import { POSTING_TEMPLATES } from './posting-catalogue.ts';
import { seedOf } from './random.ts';

/** A stand-in for ESCO: every template occupation with 10–40 essential and 9–60 optional skills. */
function fakeCatalogue(): OccupationCatalogue {
  const catalogue = new Map<string, OccupationProfile>();
  for (const label of demoOccupationLabels()) {
    const h = seedOf(label);
    const skills = (kind: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ uri: `urn:test:${label}:${kind}:${i}`, label: `${label} ${kind} skill ${i}` }));
    catalogue.set(label.toLowerCase(), {
      uri: `urn:test:occupation:${label}`,
      label,
      essential: skills('essential', 10 + (h % 31)),
      optional: skills('optional', 9 + ((h >>> 8) % 52)),
    });
  }
  return catalogue;
}

const catalogue = fakeCatalogue();
const generate = (scale: number, seed = 1) => generateDemoDataset(catalogue, { scale, seed, referenceDate: '2026-09-01' });

function snapshot(dataset: DemoDataset): string[] {
  return tablesInInsertOrder(dataset.tables).map((t) => `${t.name}:${t.arrayLiterals(0, t.size).join('|')}`);
}

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe('generateDemoDataset', () => {
  const base = generate(1);
  const { tables } = base;
  /** Scale 5: repeated templates and a synthetic training provider. */
  const larger = generate(5, 7).tables;

  it('is deterministic: the same seed gives identical rows', () => {
    expect(snapshot(generate(1))).toEqual(snapshot(base));
    expect(snapshot(generate(1, 2))).not.toEqual(snapshot(base));
  });

  it('has the default population at scale 1', () => {
    expect(tables.organisations.size).toBeGreaterThanOrEqual(30);
    expect(new Set(tables.organisations.values('kind'))).toEqual(new Set(ORGANISATION_KINDS));
    expect(tables.studentProfiles.size).toBe(200);
    // The current postings and the past year's closed ones.
    expect(tables.opportunities.size).toBe(90);
    expect(tables.offerings.size).toBe(40);
    const kinds = countBy(tables.opportunities.values('kind'));
    expect(kinds.get('internship') ?? 0).toBeGreaterThanOrEqual(20);
    expect(kinds.get('job') ?? 0).toBeGreaterThan(0);
    expect(kinds.get('upskilling') ?? 0).toBeGreaterThan(0);
    expect(kinds.get('research_collaboration') ?? 0).toBeGreaterThan(0);
    expect(tables.applications.size).toBeGreaterThan(50);
    expect(tables.memberships.size).toBeGreaterThanOrEqual(2 * tables.organisations.size);
  });

  it("places every organisation and student in one of Sofia's districts, most students in Studentski", () => {
    const districts = new Set<string>(SOFIA_DISTRICTS);
    for (const generated of [tables, larger]) {
      const used = [...generated.organisations.values('district'), ...generated.studentProfiles.values('district')];
      expect(used.filter((district) => !districts.has(String(district)))).toEqual([]);
    }
    const studentDistricts = countBy(tables.studentProfiles.values('district'));
    const [mostCommon] = [...studentDistricts.entries()].sort((a, b) => b[1] - a[1]);
    expect(mostCommon?.[0]).toBe('Studentski');
  });

  it('scales students, opportunities and offerings proportionally and organisations modestly', () => {
    const triple = generate(3).tables;
    expect(triple.studentProfiles.size).toBe(600);
    expect(triple.opportunities.size).toBe(270);
    expect(triple.offerings.size).toBe(120);
    expect(triple.organisations.size).toBe(tables.organisations.size + 4);
    expect(triple.profileSkills.size / tables.profileSkills.size).toBeGreaterThan(2.7);
    expect(triple.profileSkills.size / tables.profileSkills.size).toBeLessThan(3.3);
    // a student is the same person whatever the scale
    expect(triple.users.values('email')).toEqual(expect.arrayContaining([...tables.users.values('email')].slice(-5)));
  });

  it('mixes statuses, visibilities and availabilities', () => {
    expect(new Set(tables.opportunities.values('status'))).toEqual(new Set(['open', 'draft', 'closed', 'filled']));
    const open = tables.opportunities.values('status').filter((s) => s === 'open').length;
    // Most of the 60 current postings are open; the 30 of the past year are over.
    expect(open / 60).toBeGreaterThan(0.5);
    const unfilled = tables.opportunities.values('unfilledCause').filter((c) => c !== null).length;
    expect(unfilled).toBeGreaterThanOrEqual(20);
    tables.opportunities.values('status').forEach((status, i) => {
      if (tables.opportunities.values('unfilledCause')[i] !== null) expect(status).toBe('closed');
      expect(tables.opportunities.values('closedAt')[i] === null).toBe(status === 'open' || status === 'draft');
    });
    expect(new Set(tables.studentProfiles.values('visibility'))).toEqual(new Set(['private', 'cluster', 'public']));
    expect(new Set(tables.studentProfiles.values('availability'))).toEqual(new Set(['not_available', 'part_time', 'full_time']));
    expect(new Set(tables.offerings.values('kind'))).toEqual(new Set(['degree_programme', 'course', 'training', 'bootcamp']));
    expect(new Set(tables.offerings.values('language'))).toEqual(new Set(['bg', 'en']));
    expect(new Set(tables.applications.values('status')).size).toBeGreaterThanOrEqual(4);
    expect(new Set(tables.profileSkills.values('source'))).toEqual(new Set(['declared', 'offering']));
  });

  it('uses unique ids and reserved example.org e-mail addresses', () => {
    const idLists = [
      tables.organisations.values('id'),
      tables.users.values('id'),
      tables.studentProfiles.values('id'),
      tables.opportunities.values('id'),
      tables.offerings.values('id'),
      tables.applications.values('id'),
    ];
    for (const ids of idLists) expect(new Set(ids).size).toBe(ids.length);
    const emails = tables.users.values('email');
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@([a-z0-9-]+\.)*example\.org$/);
    for (const slug of tables.organisations.values('slug')) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const description of tables.organisations.values('description')) expect(description).toContain('Fictional organisation');
  });

  it('gives every student 5–15 distinct skills at levels 1–4, at one of the seeded universities', () => {
    const perProfile = countBy(tables.profileSkills.values('profileId'));
    expect(perProfile.size).toBe(200);
    for (const n of perProfile.values()) {
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(15);
    }
    const pairs = tables.profileSkills.values('profileId').map((p, i) => `${p}|${tables.profileSkills.values('skillUri')[i]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const level of tables.profileSkills.values('level')) expect([1, 2, 3, 4]).toContain(level);
    const universities = new Set(
      tables.organisations.values('id').filter((_, i) => tables.organisations.values('kind')[i] === 'university'),
    );
    for (const id of tables.studentProfiles.values('institutionId')) expect(universities.has(id ?? '')).toBe(true);
    const offeringIds = new Set(tables.offerings.values('id'));
    tables.profileSkills.values('source').forEach((source, i) => {
      const offeringId = tables.profileSkills.values('offeringId')[i] ?? null;
      expect(source === 'offering').toBe(offeringId !== null);
      if (offeringId) expect(offeringIds.has(offeringId)).toBe(true);
    });
  });

  it('requires 5–12 skills per opportunity, drawn from the occupation of its template', () => {
    const { opportunitySkills } = tables;
    const byOpportunity = new Map<string, { uri: string; importance: string; level: number }[]>();
    opportunitySkills.values('opportunityId').forEach((id, i) => {
      const list = byOpportunity.get(id) ?? [];
      list.push({
        uri: opportunitySkills.values('skillUri')[i] ?? '',
        importance: opportunitySkills.values('importance')[i] ?? '',
        level: opportunitySkills.values('level')[i] ?? 0,
      });
      byOpportunity.set(id, list);
    });
    expect(byOpportunity.size).toBe(90);
    const templateOccupations = new Set(POSTING_TEMPLATES.map((t) => t.occupation));
    for (const skills of byOpportunity.values()) {
      expect(skills.length).toBeGreaterThanOrEqual(5);
      expect(skills.length).toBeLessThanOrEqual(12);
      expect(skills.some((s) => s.importance === 'essential')).toBe(true);
      const occupations = new Set(skills.map((s) => s.uri.split(':')[2]));
      expect(occupations.size).toBe(1);
      expect(templateOccupations.has([...occupations][0] ?? '')).toBe(true);
      for (const s of skills) {
        expect(s.uri.includes(`:${s.importance}:`)).toBe(true);
        expect(s.level).toBeGreaterThanOrEqual(1);
        expect(s.level).toBeLessThanOrEqual(4);
      }
    }
    const optional = opportunitySkills.values('importance').filter((i) => i === 'optional').length;
    expect(optional).toBeGreaterThan(0);
  });

  it('keeps dates ordered and applications pointed at open internships and jobs', () => {
    const { opportunities, offerings, applications } = tables;
    opportunities.values('status').forEach((status, i) => {
      const deadline = opportunities.values('deadline')[i] ?? '';
      const startsOn = opportunities.values('startsOn')[i] ?? '';
      expect(deadline < startsOn).toBe(true);
      if (status === 'open') expect(deadline >= '2026-09-01').toBe(true);
      if (status === 'closed' || status === 'filled') expect(deadline < '2026-09-01').toBe(true);
    });
    offerings.values('startsOn').forEach((startsOn, i) => {
      expect((offerings.values('endsOn')[i] ?? '') >= (startsOn ?? '')).toBe(true);
    });
    const openIds = new Set(
      opportunities
        .values('id')
        .filter((_, i) => opportunities.values('status')[i] === 'open' && ['internship', 'job'].includes(opportunities.values('kind')[i] ?? '')),
    );
    const pairs = applications.values('profileId').map((p, i) => `${p}|${applications.values('opportunityId')[i]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const id of applications.values('opportunityId')) expect(openIds.has(id)).toBe(true);
    applications.values('createdAt').forEach((createdAt, i) => {
      expect((applications.values('statusChangedAt')[i] ?? '') >= createdAt).toBe(true);
    });
  });

  it('rejects a bad scale and names a missing occupation', () => {
    expect(() => generate(0)).toThrow(/scale/);
    const partial = new Map(catalogue);
    partial.delete('data scientist');
    expect(() => generateDemoDataset(partial, { scale: 1, seed: 1, referenceDate: '2026-09-01' })).toThrow(/data scientist/);
  });

  it('scales the population linearly', () => {
    const big = generate(50).tables;
    expect(big.studentProfiles.size).toBe(10_000);
  });

  it('teaches in every offering exactly the skills its template declares, at the declared levels', () => {
    for (const generated of [tables, larger]) {
      const taught = skillsByOffering(generated);
      const { offerings } = generated;
      expect(taught.size).toBe(offerings.size);
      offerings.values('id').forEach((id, i) => {
        const title = offerings.values('title')[i] ?? '';
        const template = offeringTemplateOfTitle(title);
        expect(template, title).toBeDefined();
        expect(offerings.values('kind')[i], title).toBe(template?.kind);
        expect(taught.get(id), title).toEqual(template?.skills.map((s) => `${s.uri}@${s.level}`));
      });
    }
  });

  it('has every university publish degree programmes, and only universities', () => {
    expect(larger.organisations.values('kind').filter((k) => k === 'training_provider').length).toBeGreaterThan(
      CLUSTER_ORGANISATIONS.filter((o) => o.kind === 'training_provider').length,
    );
    for (const generated of [tables, larger]) {
      const { organisations, offerings } = generated;
      const kindOf = new Map(organisations.values('id').map((id, i) => [id, organisations.values('kind')[i]]));
      const slugOf = new Map(organisations.values('id').map((id, i) => [id, organisations.values('slug')[i] ?? '']));
      const degreesBy = new Map<string, string[]>();
      offerings.values('kind').forEach((kind, i) => {
        const providerId = offerings.values('providerId')[i] ?? '';
        const title = offerings.values('title')[i] ?? '';
        const template = offeringTemplateOfTitle(title);
        if (kind === 'degree_programme') {
          expect(kindOf.get(providerId), title).toBe('university');
          degreesBy.set(providerId, [...(degreesBy.get(providerId) ?? []), title]);
        }
        expect(kindOf.get(providerId), title).toBe(template?.provider);
        // published by one of the template's publishers, or by a synthetic (larger-scale) training provider
        const slug = slugOf.get(providerId) ?? '';
        const synthetic = !CLUSTER_ORGANISATIONS.some((o) => o.slug === slug);
        if (!synthetic) expect(template?.publishers, title).toContain(slug);
      });
      const universities = organisations.values('id').filter((id) => kindOf.get(id) === 'university');
      expect(universities.length).toBeGreaterThan(0);
      for (const id of universities) expect(degreesBy.get(id)?.length ?? 0, slugOf.get(id)).toBeGreaterThanOrEqual(1);
    }
  });
});

function skillsByOffering(tables: DemoTables): Map<string, string[]> {
  const { offeringSkills } = tables;
  const byOffering = new Map<string, string[]>();
  offeringSkills.values('offeringId').forEach((id, i) => {
    const list = byOffering.get(id) ?? [];
    list.push(`${offeringSkills.values('skillUri')[i]}@${offeringSkills.values('level')[i]}`);
    byOffering.set(id, list);
  });
  return byOffering;
}

describe('offering catalogue', () => {
  const LEVELS: Record<string, readonly number[]> = {
    degree_programme: [2, 3],
    course: [1, 2],
    training: [1, 2],
    bootcamp: [2, 3],
  };

  it('gives every template 3–8 distinct ESCO skills at levels fitting its kind', () => {
    const titles = OFFERING_TEMPLATES.map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const t of OFFERING_TEMPLATES) {
      expect(t.skills.length, t.title).toBeGreaterThanOrEqual(3);
      expect(t.skills.length, t.title).toBeLessThanOrEqual(8);
      expect(new Set(t.skills.map((s) => s.uri)).size, t.title).toBe(t.skills.length);
      for (const s of t.skills) {
        expect(s.uri, t.title).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
        expect(s.label.trim(), t.title).toBe(s.label);
        expect(LEVELS[t.kind], `${t.title}: ${s.label}`).toContain(s.level);
      }
    }
    const labels = new Map<string, string>();
    for (const t of OFFERING_TEMPLATES) {
      for (const s of t.skills) {
        expect(labels.get(s.uri) ?? s.label, s.uri).toBe(s.label); // one URI, one label
        labels.set(s.uri, s.label);
      }
    }
    expect(demoOfferingSkills().length).toBe(labels.size);
  });

  it('names fitting publishers: a degree programme its one university, which runs that programme', () => {
    const bySlug = new Map(CLUSTER_ORGANISATIONS.map((o) => [o.slug, o]));
    for (const t of OFFERING_TEMPLATES) {
      expect(t.publishers.length, t.title).toBeGreaterThan(0);
      for (const slug of t.publishers) expect(bySlug.get(slug)?.kind, `${t.title}: ${slug}`).toBe(t.provider);
      if (t.kind === 'degree_programme') {
        expect(t.provider, t.title).toBe('university');
        expect(t.publishers.length, t.title).toBe(1);
        const programme = bySlug.get(t.publishers[0] ?? '')?.programmes?.find((p) => p.name === t.title);
        expect(programme, t.title).toBeDefined();
        expect(programme?.occupation, t.title).toBe(t.occupation);
        expect(programme?.level, t.title).toBe(t.title.startsWith('MSc') ? 'master' : 'bachelor');
      }
    }
  });
});
