import { offeringCreateSchema, offeringListQuery, offeringSchema, offeringUpdateSchema, uuidParam } from '@kc/contract';
import { crudRoutes } from '../../lib/route-specs.ts';

export const offeringRoutes = crudRoutes({
  tag: 'Offerings',
  path: '/api/v1/offerings',
  noun: 'offering',
  plural: 'offerings',
  access: { create: 'organisation-member', update: 'organisation-member', remove: 'organisation-member' },
  item: offeringSchema,
  create: offeringCreateSchema,
  update: offeringUpdateSchema,
  listQuery: offeringListQuery,
  param: uuidParam,
});
