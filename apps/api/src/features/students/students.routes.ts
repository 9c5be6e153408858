import { studentListQuery, studentProfileCreateSchema, studentProfileSchema, studentProfileUpdateSchema, uuidParam } from '@kc/contract';
import { crudRoutes } from '../../lib/route-specs.ts';

export const studentRoutes = crudRoutes({
  tag: 'Students',
  path: '/api/v1/students',
  noun: 'student profile',
  plural: 'student profiles',
  access: { create: 'signed-in', update: 'owner', remove: 'owner' },
  item: studentProfileSchema,
  create: studentProfileCreateSchema,
  update: studentProfileUpdateSchema,
  listQuery: studentListQuery,
  param: uuidParam,
});
