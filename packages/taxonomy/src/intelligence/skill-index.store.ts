import { buildSkillIndex, type SkillIndex, type SkillIndexInput } from './skill-index.ts';

/**
 * Holds the current skill index and swaps in a rebuilt one when the taxonomy, a local skill or an
 * alias changes, so that suggest and extract see the change without a restart. Readers always get
 * a complete index; rebuilds requested while one runs are coalesced into one more.
 */
export interface SkillIndexStore {
  current(): SkillIndex;
  /** Rebuilds from a fresh load; resolves with the index that includes every change made before the call. */
  refresh(): Promise<SkillIndex>;
}

export async function createSkillIndexStore(load: () => Promise<SkillIndexInput>): Promise<SkillIndexStore> {
  let index = buildSkillIndex(await load());
  let running: Promise<SkillIndex> | null = null;
  let queued: Promise<SkillIndex> | null = null;

  const rebuild = async (): Promise<SkillIndex> => {
    index = buildSkillIndex(await load());
    return index;
  };

  const refresh = (): Promise<SkillIndex> => {
    if (!running) {
      running = rebuild().finally(() => {
        running = null;
      });
      return running;
    }
    // A rebuild is under way but may have read the data before this change: run one more after it.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return refresh();
      });
    return queued;
  };

  return { current: () => index, refresh };
}
