import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import { skillsWithLevels, type ShortlistCollection } from './port.ts';
import { ShortlistIndex, type ShortlistEntry } from './shortlist-index.ts';

/** How long `search_removals` keeps a removal; a mirror that has not caught up for half of it starts afresh. */
export const REMOVAL_RETENTION_HOURS = 24;
const RESTART_AFTER_MS = (REMOVAL_RETENTION_HOURS / 2) * 3_600_000;

interface Mirror {
  index: ShortlistIndex;
  /** The oldest transaction still running at the last catch-up: anything it or a later one writes is read next time. */
  xmin: number;
  caughtUpAt: number;
  /** Document → the transaction whose version the index holds: rows read again are not rewritten. */
  applied: Map<string, number>;
  catchingUp?: Promise<ShortlistIndex>;
}

type ChangeRow = { kind: 'document' | 'removal' | 'snapshot'; id: string | null; keywords: string | null; held: string | null; xid: string };

/**
 * Each shortlist collection of `search_documents` mirrored in memory, brought up to date before
 * every shortlist: one statement reads the rows written and the removals recorded by transactions
 * not yet finished at the previous catch-up (the triggers of migration 0011 mark both), with the
 * current snapshot's oldest running transaction to start from next time. A transaction still
 * running at one catch-up is therefore read at a later one, whatever order commits come in; a
 * long-running writer makes each catch-up read again what was written since it began.
 * Every process keeps its own mirrors; the first shortlist of a collection loads it whole.
 */
export class ShortlistMirrors {
  private mirrors = new Map<ShortlistCollection, Mirror>();

  constructor(private readonly db: Db) {}

  /** The collection's index as of now. */
  current(collection: ShortlistCollection): Promise<ShortlistIndex> {
    let mirror = this.mirrors.get(collection);
    if (!mirror || Date.now() - mirror.caughtUpAt > RESTART_AFTER_MS) {
      mirror = { index: new ShortlistIndex(), xmin: 0, caughtUpAt: Date.now(), applied: new Map() };
      this.mirrors.set(collection, mirror);
    }
    // Concurrent shortlists share one catch-up.
    const target = mirror;
    target.catchingUp ??= this.catchUp(collection, target).finally(() => {
      target.catchingUp = undefined;
    });
    return target.catchingUp;
  }

  private async catchUp(collection: ShortlistCollection, mirror: Mirror): Promise<ShortlistIndex> {
    const first = mirror.xmin === 0;
    // A first load reads every row and needs no removals. Later ones stop below the snapshot's
    // xmax: rows at or above it are not visible yet (or carry another cluster's transaction ids,
    // restored from a backup; they were read by the first load).
    const rows = rowsOf<ChangeRow>(
      await this.db.execute(sql`with snapshot as (select pg_current_snapshot() as s)
        select 'document' as kind, d.id, array_to_json(d.keywords)::text as keywords,
            jsonb_build_array(d.document->'skillUris', d.document->'skillLevels')::text as held, d.written_xid::text as xid
          from search_documents d, snapshot
          where d.collection = ${collection} and (${first} or (d.written_xid >= ${mirror.xmin} and d.written_xid < pg_snapshot_xmax(snapshot.s)::text::bigint))
        union all
        select 'removal', r.id, null, null, r.removed_xid::text from search_removals r, snapshot
          where not ${first} and r.collection = ${collection} and r.removed_xid >= ${mirror.xmin} and r.removed_xid < pg_snapshot_xmax(snapshot.s)::text::bigint
            -- Only documents that are gone now: one deleted and written again stays.
            and not exists (select 1 from search_documents d where d.collection = r.collection and d.id = r.id)
        union all
        select 'snapshot', null, null, null, pg_snapshot_xmin(snapshot.s)::text from snapshot`),
    );
    // Every row read is the document's state as of the snapshot, so the order of applying them does not matter.
    for (const row of rows) {
      const id = row.id as string;
      if (row.kind === 'snapshot') mirror.xmin = Math.max(Number(row.xid), 1);
      else if (row.kind === 'removal') {
        mirror.index.remove(id);
        mirror.applied.delete(id);
      } else if (mirror.applied.get(id) !== Number(row.xid) || !mirror.index.has(id)) {
        mirror.index.upsert(entryOf(id, JSON.parse(row.keywords ?? '[]') as string[], row.held));
        mirror.applied.set(id, Number(row.xid));
      }
    }
    mirror.caughtUpAt = Date.now();
    return mirror.index;
  }
}

const SKILL_KEYWORD = 'skillUris=';

/**
 * The skills apart; the filter keywords without them, so documents with the same filterable
 * values share one set; the skills at their levels, where the document records them.
 */
function entryOf(id: string, keywords: readonly string[], held: string | null): ShortlistEntry {
  const skillUris: string[] = [];
  const filters: string[] = [];
  for (const keyword of keywords) {
    if (keyword.startsWith(SKILL_KEYWORD)) skillUris.push(keyword.slice(SKILL_KEYWORD.length));
    else if (!keyword.startsWith('#')) filters.push(keyword);
  }
  const [uris, levels] = (held ? JSON.parse(held) : []) as [string[] | null | undefined, number[] | null | undefined];
  const skills = skillsWithLevels(uris ?? undefined, levels ?? undefined);
  return skills ? { id, skillUris, keywords: filters, skills } : { id, skillUris, keywords: filters };
}
