import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { ANYONE, draftsVisibleTo, profileVisibilitiesFor, type Viewer } from './policy.ts';

const user = (memberships: { organisationId: string; verified: boolean }[], isClusterAdmin = false): Viewer => ({
  kind: 'user',
  userId: 'u1',
  isClusterAdmin,
  memberships,
});

describe('who sees which profiles by their visibility', () => {
  it('anyone sees public ones; members of a verified organisation and cluster administrators see cluster ones too', () => {
    expect(profileVisibilitiesFor(ANYONE)).toEqual(['public']);
    expect(profileVisibilitiesFor(user([]))).toEqual(['public']);
    expect(profileVisibilitiesFor(user([{ organisationId: 'o1', verified: false }]))).toEqual(['public']);
    expect(profileVisibilitiesFor(user([{ organisationId: 'o1', verified: false }, { organisationId: 'o2', verified: true }]))).toEqual(['public', 'cluster']);
    expect(profileVisibilitiesFor(user([], true))).toEqual(['public', 'cluster']);
  });
});

describe('who sees drafts', () => {
  const render = (viewer: Viewer) => {
    const { sql: text, params } = new PgDialect().sqlToQuery(draftsVisibleTo(viewer, sql`status`, sql`organisation_id`));
    return { sql: text, params };
  };

  it('nobody outside the organisation: anyone else gets what is not a draft', () => {
    expect(render(ANYONE)).toEqual({ sql: 'status <> $1', params: ['draft'] });
    expect(render(user([]))).toEqual({ sql: 'status <> $1', params: ['draft'] });
  });

  it('members see their own organisations’ drafts', () => {
    const members = render(user([{ organisationId: 'o1', verified: false }, { organisationId: 'o2', verified: true }]));
    expect(members).toEqual({ sql: '(status <> $1 or organisation_id in ($2, $3))', params: ['draft', 'o1', 'o2'] });
  });
});
