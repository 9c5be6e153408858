import { Meilisearch } from 'meilisearch';
import { createMeilisearchEngine } from './meilisearch-engine.ts';
import { describeEngineContract } from './testing/engine-contract.ts';

const url = process.env.MEILI_URL;
const apiKey = process.env.MEILI_MASTER_KEY;

describeEngineContract('Meilisearch adapter', {
  skipReason: url ? undefined : 'MEILI_URL is not set: no Meilisearch server on this machine (see README, "Search with Meilisearch")',
  async open() {
    if (!url) throw new Error('MEILI_URL is not set');
    // Runs sharing a server never see each other's indexes.
    const indexPrefix = `kc_test_${process.pid}_${Date.now()}_`;
    return {
      engine: createMeilisearchEngine({ url, apiKey, indexPrefix }),
      cleanup: () => deleteIndexesStartingWith(new Meilisearch({ host: url, apiKey }), indexPrefix),
    };
  },
});

/** Also removes temporary rebuild indexes a failed test may have left. */
async function deleteIndexesStartingWith(client: Meilisearch, prefix: string): Promise<void> {
  const { results } = await client.getRawIndexes({ limit: 1000 });
  for (const { uid } of results.filter((index) => index.uid.startsWith(prefix))) {
    await client.deleteIndex(uid).waitTask();
  }
}
