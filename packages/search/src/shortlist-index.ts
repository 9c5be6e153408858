import type { ShortlistHit, ShortlistQuery, ShortlistSkill } from './port.ts';

/** A document as a shortlist reads it: its own skills, their levels if known, and its `field=value` filter keywords (skills aside). */
export interface ShortlistEntry {
  id: string;
  skillUris: readonly string[];
  keywords: readonly string[];
  skills?: readonly ShortlistSkill[];
}

/**
 * Weights are sums of a few floats: rounded, equal totals reached in another order tie exactly
 * and fall back to the id, as the engines promise.
 */
const roundWeight = (weight: number) => Math.round(weight * 1e9) / 1e9;

/** A held skill packed in one number: the interned skill above, its level (0–7) in the low bits. */
const LEVEL_BITS = 3;
const LEVEL_MASK = (1 << LEVEL_BITS) - 1;

/** Dead slots are reclaimed once they are this share of all slots (and at least a few thousand). */
const COMPACT_SHARE = 0.5;
const COMPACT_MIN = 4_096;

/**
 * One collection's documents in memory as posting lists (skill → the documents listing it), so a
 * shortlist adds up weights over the lists of the skills asked for instead of reading every
 * matching row. Skills and keywords are interned; a rewritten document takes a new slot and its
 * old one is left dead until compaction, so posting lists only ever grow by appending.
 */
export class ShortlistIndex {
  private slotOf = new Map<string, number>();
  private ids: (string | null)[] = [];
  /** Slot → its set of filter keywords: documents share a few hundred sets, so a filter is decided once per set. */
  private keywordSetOf: number[] = [];
  private keywordSets: Uint32Array[] = [];
  private keywordSetIds = new Map<string, number>();
  private postings: number[][] = [];
  /** Slot → its skills at their levels (packed), or null when the document gave no levels. */
  private heldOf: (Uint32Array | null)[] = [];
  private skillIds = new Map<string, number>();
  private skillUris: string[] = [];
  private keywordIds = new Map<string, number>();
  private dead = 0;

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  upsert(entry: ShortlistEntry): void {
    this.remove(entry.id);
    const slot = this.ids.length;
    this.ids.push(entry.id);
    this.slotOf.set(entry.id, slot);
    this.keywordSetOf.push(this.keywordSet(entry.keywords));
    for (const uri of new Set(entry.skillUris)) {
      const skill = this.internSkill(uri);
      (this.postings[skill] as number[]).push(slot);
    }
    this.heldOf.push(entry.skills ? Uint32Array.from(entry.skills, (s) => (this.internSkill(s.uri) << LEVEL_BITS) | (s.level & LEVEL_MASK)) : null);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.ids[slot] = null;
    this.heldOf[slot] = null;
    this.dead++;
    if (this.dead >= COMPACT_MIN && this.dead >= this.ids.length * COMPACT_SHARE) this.compact();
  }

  /** The documents listing any of the weighted skills and passing the filters, heaviest first, then by id. */
  shortlist(query: Pick<ShortlistQuery, 'skills' | 'filters' | 'limit'>): ShortlistHit[] {
    this.reserve();
    const { weights, touched, kept, keptWeights } = this;
    let reached = 0;
    for (const [uri, weight] of query.skills) {
      const skill = this.skillIds.get(uri);
      if (skill === undefined) continue;
      for (const slot of this.postings[skill] as number[]) {
        if (weights[slot] === 0) touched[reached++] = slot;
        weights[slot] = (weights[slot] as number) + weight;
      }
    }
    const accepts = this.filter(query.filters);
    let passing = 0;
    for (let i = 0; i < reached; i++) {
      const slot = touched[i] as number;
      if (this.ids[slot] !== null && accepts(this.keywordSetOf[slot] as number)) {
        kept[passing] = slot;
        keptWeights[passing++] = roundWeight(weights[slot] as number);
      }
      weights[slot] = 0;
    }
    // Objects only for the documents that can make the cut.
    const threshold = passing > query.limit ? kthLargest(keptWeights.slice(0, passing), query.limit) : -Infinity;
    const found: { slot: number; id: string; weight: number }[] = [];
    for (let i = 0; i < passing; i++) {
      const weight = keptWeights[i] as number;
      const slot = kept[i] as number;
      if (weight >= threshold) found.push({ slot, id: this.ids[slot] as string, weight });
    }
    return found
      .sort(byWeightThenId)
      .slice(0, query.limit)
      .map(({ slot, id, weight }) => {
        const held = this.heldOf[slot];
        return held ? { id, weight, skills: this.unpack(held) } : { id, weight };
      });
  }

  private unpack(held: Uint32Array): ShortlistSkill[] {
    const skills: ShortlistSkill[] = [];
    for (const packed of held) skills.push({ uri: this.skillUris[packed >>> LEVEL_BITS] as string, level: packed & LEVEL_MASK });
    return skills;
  }

  /** Scratch arrays as long as the slots, kept between shortlists. */
  private weights = new Float64Array(0);
  private touched = new Int32Array(0);
  private kept = new Int32Array(0);
  private keptWeights = new Float64Array(0);
  private reserve(): void {
    if (this.weights.length >= this.ids.length) return;
    const length = Math.max(this.ids.length, this.weights.length * 2);
    const weights = new Float64Array(length);
    weights.set(this.weights);
    this.weights = weights;
    this.touched = new Int32Array(length);
    this.kept = new Int32Array(length);
    this.keptWeights = new Float64Array(length);
  }

  /** Every field's accepted values, as keyword ids: a document passes with one of them per field; decided once per keyword set. */
  private filter(filters: Record<string, string[]> | undefined): (keywordSet: number) => boolean {
    const fields: Set<number>[] = [];
    for (const [field, values] of Object.entries(filters ?? {})) {
      if (values.length === 0) continue;
      const accepted = new Set<number>();
      for (const value of values) {
        const id = this.keywordIds.get(`${field}=${value}`);
        if (id !== undefined) accepted.add(id);
      }
      fields.push(accepted);
    }
    if (fields.length === 0) return () => true;
    const passes = (keywords: Uint32Array) => fields.every((accepted) => keywords.some((k) => accepted.has(k)));
    // 0: not decided yet, 1: passes, 2: does not.
    const decided = new Uint8Array(this.keywordSets.length);
    return (keywordSet) => {
      if (decided[keywordSet] === 0) decided[keywordSet] = passes(this.keywordSets[keywordSet] as Uint32Array) ? 1 : 2;
      return decided[keywordSet] === 1;
    };
  }

  private keywordSet(keywords: readonly string[]): number {
    const ids = [...new Set(keywords.map((k) => this.intern(this.keywordIds, k)))].sort((a, b) => a - b);
    const key = ids.join(',');
    let set = this.keywordSetIds.get(key);
    if (set === undefined) {
      set = this.keywordSets.length;
      this.keywordSets.push(Uint32Array.from(ids));
      this.keywordSetIds.set(key, set);
    }
    return set;
  }

  private intern(ids: Map<string, number>, value: string): number {
    let id = ids.get(value);
    if (id === undefined) {
      id = ids.size;
      ids.set(value, id);
    }
    return id;
  }

  private internSkill(uri: string): number {
    const skill = this.intern(this.skillIds, uri);
    if (skill === this.postings.length) {
      this.postings.push([]);
      this.skillUris.push(uri);
    }
    return skill;
  }

  /** Renumbers the live documents densely and drops dead slots from every posting list. */
  private compact(): void {
    const renumbered = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const keywordSetOf: number[] = [];
    const heldOf: (Uint32Array | null)[] = [];
    this.ids.forEach((id, slot) => {
      if (id === null) return;
      renumbered[slot] = ids.length;
      this.slotOf.set(id, ids.length);
      ids.push(id);
      keywordSetOf.push(this.keywordSetOf[slot] as number);
      heldOf.push(this.heldOf[slot] ?? null);
    });
    this.postings = this.postings.map((list) => list.map((slot) => renumbered[slot] as number).filter((slot) => slot >= 0));
    this.ids = ids;
    this.keywordSetOf = keywordSetOf;
    this.heldOf = heldOf;
    this.dead = 0;
  }
}

const byWeightThenId = (a: { id: string; weight: number }, b: { id: string; weight: number }) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The k-th largest of `values` (1-based), in linear time on average; reorders `values`. */
export function kthLargest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = values.length - k;
  for (;;) {
    if (low === high) return values[low] as number;
    // Median of three as the pivot, so sorted input stays linear.
    const middle = (low + high) >>> 1;
    const pivot = median(values[low] as number, values[middle] as number, values[high] as number);
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target] as number;
  }
}

const median = (a: number, b: number, c: number) => Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
