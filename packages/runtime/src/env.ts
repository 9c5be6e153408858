import { resolve } from 'node:path';
import { z } from 'zod';
import { parseProxyTrust } from './client-address.ts';

/** Every setting the server side reads from the environment, parsed once. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('.data'),
  API_PORT: z.coerce.number().int().min(1).max(65_535).default(3001),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  ESCO_AUTO_IMPORT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24 * 30),
  CLUSTER_ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean)),
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((value, ctx) => {
      try {
        return parseProxyTrust(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  WEB_URL: z.url().optional(),
  DEMO_PASSWORD: z.string().min(10).default('kc-demo-password'),
  MEILI_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MEILI_MASTER_KEY: z.string().optional(),
  // Mail goes out over SMTP when set, else to the log. The message names no value: it may hold a password.
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, hostname: /^.+$/, error: 'must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org:465' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; webUrl: string };

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const webUrl = parsed.data.WEB_URL ?? `http://${parsed.data.HOST === '0.0.0.0' ? '127.0.0.1' : parsed.data.HOST}:${parsed.data.PORT}`;
  return { ...parsed.data, dataDir: resolve(parsed.data.DATA_DIR), webUrl: webUrl.replace(/\/+$/, '') };
}
