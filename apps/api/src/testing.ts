import type { Database } from '@kc/db';
import { createTestDatabase } from '@kc/tests/support';
import { createApp } from './app.ts';
import type { Logger } from './context.ts';

const quietLog: Logger = { info() {}, warn() {}, error() {} };

export interface TestApi {
  database: Database;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any;
}

/** The whole API in-process over a private, migrated database with ESCO loaded. */
export async function createTestApi(): Promise<TestApi> {
  const database = await createTestDatabase();
  const app = createApp({ database, log: quietLog });
  return {
    database,
    async request(method, path, body, headers = {}) {
      const init: RequestInit = { method, headers: { ...headers } };
      if (body !== undefined) {
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
        init.headers = { 'content-type': 'application/json', ...headers };
      }
      const response = await app.request(path, init);
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    close: () => database.close(),
  };
}

let counter = 0;
/** A unique suffix so factories never collide inside one database. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const SKILLS = {
  python: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
  sql: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
  javascript: 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7',
  projectManagement: 'http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388',
};

/** Asserts the one error shape and returns its code. */
export function expectErrorShape(response: TestResponse): string {
  const error = response.body?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string' || typeof error.requestId !== 'string') {
    throw new Error(`not the error shape: ${response.status} ${JSON.stringify(response.body)}`);
  }
  if (Object.keys(response.body).length !== 1) throw new Error(`extra top-level keys: ${Object.keys(response.body).join(', ')}`);
  return error.code;
}
