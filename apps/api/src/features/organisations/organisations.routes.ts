import { z } from 'zod';
import { organisationCreateSchema, organisationListQuery, organisationSchema, organisationUpdateSchema } from '@kc/contract';
import { crudRoutes } from '../../lib/route-specs.ts';

export const organisationRoutes = crudRoutes({
  tag: 'Organisations',
  path: '/api/v1/organisations',
  noun: 'organisation',
  plural: 'organisations',
  access: { create: 'signed-in', update: 'organisation-admin', remove: 'organisation-admin' },
  notes: {
    create: 'A name that would pass for a registered organisation\'s (case, spacing, accents, look-alike letters of other scripts) gets 409.',
    update:
      'Changing the name, kind, slug or website of a verified organisation withdraws the verification; its members and the cluster administrators are told by e-mail. A look-alike name gets 409.',
  },
  item: organisationSchema,
  create: organisationCreateSchema,
  update: organisationUpdateSchema,
  listQuery: organisationListQuery,
  param: z.object({ id: z.string().min(1).max(100).describe('The organisation id or its slug') }),
});
