import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import type { AppEnv } from '../context.ts';
import { ApiError } from './errors.ts';

/** Every zod failure at the edge becomes the same 400, naming each bad field. */
const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const issues = result.error.issues.map((issue) => ({
    path: [result.target === 'json' ? 'body' : result.target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new ApiError('VALIDATION_FAILED', `The ${result.target === 'json' ? 'body' : result.target} is invalid.`, issues);
};

/** A feature's router (or the app itself): validation failures answer the one 400. */
export const createRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
