import createClient, { type ClientOptions } from 'openapi-fetch';
import type { operations, paths } from './schema.ts';

export type * from './schema.ts';

type JsonContent<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : undefined;
type Responses<Op extends keyof operations> = operations[Op]['responses'];
type SuccessStatus = 200 | 201 | 204;

/** What a successful call of the operation answers with (`undefined` for 204). */
export type ResponseOf<Op extends keyof operations> = JsonContent<Responses<Op>[SuccessStatus & keyof Responses<Op>]>;

/** The JSON body the operation takes. */
export type BodyOf<Op extends keyof operations> = operations[Op] extends { requestBody?: infer Body } ? JsonContent<NonNullable<Body>> : never;

/** The query parameters the operation takes. */
export type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** A client whose paths, parameters, bodies and answers are the API's own, from its OpenAPI document. */
export function createApiClient(options: ClientOptions) {
  return createClient<paths>(options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
