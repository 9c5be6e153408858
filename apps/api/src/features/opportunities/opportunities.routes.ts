import { opportunityCreateSchema, opportunityListQuery, opportunitySchema, opportunityUpdateSchema, uuidParam } from '@kc/contract';
import { crudRoutes } from '../../lib/route-specs.ts';

export const opportunityRoutes = crudRoutes({
  tag: 'Opportunities',
  path: '/api/v1/opportunities',
  noun: 'opportunity',
  plural: 'opportunities',
  access: { create: 'organisation-member', update: 'organisation-member', remove: 'organisation-member' },
  item: opportunitySchema,
  create: opportunityCreateSchema,
  update: opportunityUpdateSchema,
  listQuery: opportunityListQuery,
  param: uuidParam,
});
