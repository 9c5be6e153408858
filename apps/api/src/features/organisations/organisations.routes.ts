import { z } from 'zod';
import { organisationCreateSchema, organisationListQuery, organisationSchema, organisationUpdateSchema } from '@kc/contract';
import { crudRoutes } from '../../lib/route-specs.ts';

export const organisationRoutes = crudRoutes({
  tag: 'Organisations',
  path: '/api/v1/organisations',
  noun: 'organisation',
  plural: 'organisations',
  access: { create: 'signed-in', update: 'organisation-admin', remove: 'organisation-admin' },
  item: organisationSchema,
  create: organisationCreateSchema,
  update: organisationUpdateSchema,
  listQuery: organisationListQuery,
  param: z.object({ id: z.string().min(1).max(100).describe('The organisation id or its slug') }),
});
