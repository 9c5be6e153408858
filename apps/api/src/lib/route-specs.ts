import { createRoute } from '@hono/zod-openapi';
import { errorResponseSchema, pageOf, type AccessLevel } from '@kc/contract';
import type { z } from 'zod';
import { requireAccess } from '../middleware/require-access.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const errors = {
  400: json(errorResponseSchema, 'Invalid input'),
  401: json(errorResponseSchema, 'Not signed in'),
  403: json(errorResponseSchema, 'Not allowed'),
  429: json(errorResponseSchema, 'Too many requests'),
  404: json(errorResponseSchema, 'Not found'),
  409: json(errorResponseSchema, 'Conflict'),
  422: json(errorResponseSchema, 'A referenced record does not exist'),
  503: json(errorResponseSchema, 'A service it depends on is unavailable'),
};

interface CrudSpec<
  Item extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
  Query extends z.ZodObject,
  Param extends z.ZodObject,
> {
  tag: string;
  path: string;
  noun: string;
  plural: string;
  item: Item;
  create: Create;
  update: Update;
  listQuery: Query;
  param: Param;
  /** Who may create, change and delete; reading is public (drafts and private records aside). */
  access: { create: AccessLevel; update: AccessLevel; remove: AccessLevel; read?: AccessLevel };
  /** What else creating or changing one does, for the OpenAPI descriptions. */
  notes?: { create?: string; update?: string };
}

/**
 * States who may call a route, in the OpenAPI document and for the authorization tests, and
 * enforces its first step: a caller who is not signed in is turned away from every route that
 * is not public before anything else of the route runs (`requireAccess`).
 */
export const access = (level: AccessLevel, note?: string) => ({
  'x-access': level,
  ...(note ? { 'x-access-note': note } : {}),
  middleware: requireAccess(level),
});

/** `student profile` → `StudentProfile`, for operation ids. */
const pascalCase = (words: string) => words.replace(/(?:^|\s+)(\w)/g, (_, first: string) => first.toUpperCase());

/** The OpenAPI specs of one resource's list / read / create / update / delete routes. */
export function crudRoutes<
  Item extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
  Query extends z.ZodObject,
  Param extends z.ZodObject,
>(spec: CrudSpec<Item, Create, Update, Query, Param>) {
  const one = `${spec.path}/{id}`;
  const a = /^[aeiou]/i.test(spec.noun) ? 'an' : 'a';
  const tags = [spec.tag];
  const [noun, plural] = [pascalCase(spec.noun), pascalCase(spec.plural)];
  return {
    list: createRoute({
      method: 'get',
      path: spec.path,
      operationId: `list${plural}`,
      tags,
      summary: `List ${spec.plural}`,
      ...access(spec.access.read ?? 'public'),
      request: { query: spec.listQuery },
      responses: { 200: json(pageOf(spec.item), `A page of ${spec.plural}`), 400: errors[400] },
    }),
    read: createRoute({
      method: 'get',
      path: one,
      operationId: `get${noun}`,
      tags,
      summary: `Read one ${spec.noun}`,
      ...access(spec.access.read ?? 'public'),
      request: { params: spec.param },
      responses: { 200: json(spec.item, `The ${spec.noun}`), 400: errors[400], 404: errors[404] },
    }),
    create: createRoute({
      method: 'post',
      path: spec.path,
      operationId: `create${noun}`,
      tags,
      summary: `Create ${a} ${spec.noun}`,
      ...access(spec.access.create),
      ...(spec.notes?.create ? { description: spec.notes.create } : {}),
      request: { body: jsonBody(spec.create) },
      responses: { 201: json(spec.item, `The new ${spec.noun}`), 400: errors[400], 401: errors[401], 403: errors[403], 409: errors[409], 422: errors[422] },
    }),
    update: createRoute({
      method: 'patch',
      path: one,
      operationId: `update${noun}`,
      tags,
      summary: `Change ${a} ${spec.noun}`,
      ...access(spec.access.update),
      description: `Send only the fields to change. Send \`version\` to be protected against overwriting a newer edit (409).${spec.notes?.update ? ` ${spec.notes.update}` : ''}`,
      request: { params: spec.param, body: jsonBody(spec.update) },
      responses: { 200: json(spec.item, `The changed ${spec.noun}`), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409], 422: errors[422] },
    }),
    remove: createRoute({
      method: 'delete',
      path: one,
      operationId: `delete${noun}`,
      tags,
      summary: `Delete ${a} ${spec.noun}`,
      ...access(spec.access.remove),
      request: { params: spec.param },
      responses: { 204: { description: 'Deleted' }, 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] },
    }),
  };
}

export { json, errors as errorResponses };
