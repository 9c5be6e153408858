import { it } from 'vitest';
import { createTestApi } from '../../apps/api/src/testing.ts';

it('explore', async () => {
  const api = await createTestApi();
  const t0 = performance.now();
  const { organisation, admin } = await api.newOrganisation();
  console.log('org', performance.now() - t0);
  const student = await api.signUp({ student: 'public' });
  const opp = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'x', status: 'open' }, { as: admin });
  const probes: [string, string, unknown?, any?][] = [
    ['GET', '/api/v1/organisations/%00'],
    ['GET', '/api/v1/skills/%00'],
    ['GET', '/api/v1/occupations/%00'],
    ['GET', '/api/v1/students?skill=%00'],
    ['POST', '/api/v1/auth/sign-in', { email: 'a\u0000b', password: 'x' }],
    ['POST', '/api/v1/auth/password-reset/request', { email: 'a\u0000b' }],
    ['POST', `/api/v1/opportunities/${opp.body.id}/applications`, { message: 'hi\u0000there' }, { as: student }],
    ['PATCH', `/api/v1/organisations/%00`, { version: 1 }, { as: admin }],
    ['DELETE', `/api/v1/organisations/%00`, undefined, { as: admin }],
    ['GET', '/api/v1/skills/' + 'a'.repeat(300)],
    ['GET', '/api/v1/organisations/' + '%F0%9F%98%80'.repeat(20)],
    ['GET', '/api/v1/organisations/%ZZ'],
    ['GET', '/api/v1/skills/%E0%A4%A'],
    ['GET', '/api/v1/students?skill=%ZZ'],
    ['GET', '/api/v1/students?page=1&page=2'],
    ['POST', '/api/v1/auth/sign-in', '{"email":"\\ud800","password":"x"}'],
    ['POST', '/api/v1/auth/sign-in', { email: 'x', password: 'x', __proto__: { a: 1 } }],
    ['POST', '/api/v1/auth/sign-in', '{"email":"x","password":"x","__proto__":{"isAdmin":true}}'],
  ];
  for (const [m, p, b, o] of probes) {
    const t = performance.now();
    const r = await api.request(m, p, b, o);
    console.log(m, p.slice(0, 60), r.status, JSON.stringify(r.body).slice(0, 200), (performance.now() - t).toFixed(0));
  }
  await api.close();
}, 120000);
