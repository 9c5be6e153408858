import { it } from 'vitest';
import { createTestApi } from '../../apps/api/src/testing.ts';
it('explore', async () => {
  const api = await createTestApi();
  const doc = (await api.request('GET', '/api/openapi.json')).body;
  console.log(JSON.stringify(doc.paths['/api/v1/opportunities'].get.parameters).slice(0, 1500));
  console.log(JSON.stringify(doc.paths['/api/v1/opportunities/{id}'].patch).slice(0, 2500));
  console.log(Object.keys(doc.components ?? {}), Object.keys(doc).join(','));
  await api.close();
}, 120000);
