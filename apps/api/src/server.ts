import { serve, type ServerType } from '@hono/node-server';
import { migrate, type Database } from '@kc/db';
import { importEsco, installClusterSkills } from '@kc/taxonomy';
import { currentReferenceDate, seedDemo } from '@kc/seed';
import { enableDemoSignIn, openConfiguredDatabase, type Env } from '@kc/runtime';
import { createApp } from './app.ts';
import type { AuthSettings } from './context.ts';
import type { Logger } from './lib/logger.ts';
import { createLogMailer, type Mailer } from './ports/mailer.ts';
import { createSmtpMailer, describeSmtpUrl } from './ports/smtp-mailer.ts';
import { recordShortages } from './services/shortage-recorder.ts';
import { MailOutbox } from './services/mail-outbox.ts';
import { fillLookAlikeKeys } from './services/organisations.service.ts';
import { createSkillIntelligence } from './services/skill-intelligence.ts';
import { startSearch } from './services/search-startup.ts';
import { createLogger } from './lib/logger.ts';

export interface PrepareOptions {
  importEsco: boolean;
  seedDemo: boolean;
  demoPassword?: string;
}

export function authSettings(env: Env): AuthSettings {
  return {
    sessionTtlHours: env.SESSION_TTL_HOURS,
    clusterAdminEmails: env.CLUSTER_ADMIN_EMAILS,
    trustProxy: env.TRUST_PROXY,
    cookieSecure: env.COOKIE_SECURE,
    webUrl: env.webUrl,
  };
}

/** Brings a database up to date: migrations, then ESCO, the starter cluster skills and demo data when they are missing. */
export async function prepareDatabase(database: Database, options: PrepareOptions, log: Logger): Promise<void> {
  await migrate(database);
  if (options.importEsco) {
    // The import returns at once when the newest import holds these very files and the tables
    // still match it; it runs on a first start and when a release brings new ESCO files or tables.
    let lastStep = '';
    const report = await importEsco(database, {
      onProgress: (step) => {
        if (step !== lastStep && step !== 'read') log.info(`ESCO import: ${step}`);
        lastStep = step;
      },
    });
    if (!report.skipped) log.info('ESCO imported', { durationMs: report.durationMs, skills: report.counts.skills, occupationLabels: report.counts.occupationLabels });
  }
  // The starter cluster skills ESCO lacks: added once, then the administrators' to curate.
  const starter = await installClusterSkills(database.db);
  if (starter.installed.length > 0) log.info('starter cluster skills installed', { skills: starter.installed.length });
  if (options.seedDemo) {
    const report = await seedDemo(database, { referenceDate: currentReferenceDate() });
    if (!report.skipped) log.info('demo data seeded', { durationMs: report.durationMs });
    if (options.demoPassword) await enableDemoSignIn(database.db, options.demoPassword);
  }
  const keyed = await fillLookAlikeKeys(database.db);
  if (keyed > 0) log.info('organisation names keyed for look-alike checks', { organisations: keyed });
}

/** SMTP when `SMTP_URL` is set, else the log. */
function configuredMailer(env: Env, log: Logger): Mailer {
  if (!env.SMTP_URL) {
    log.info('mail: written to the log (set SMTP_URL to send it)');
    return createLogMailer();
  }
  log.info(`mail: sent through ${describeSmtpUrl(env.SMTP_URL)}`);
  return createSmtpMailer(env.SMTP_URL, { webUrl: env.webUrl });
}

export interface RunningApi {
  url: string;
  database: Database;
  server: ServerType;
  stop(): Promise<void>;
}

export async function startApi(env: Env): Promise<RunningApi> {
  const log = createLogger(env.LOG_LEVEL);
  const url = `http://${env.HOST}:${env.API_PORT}`;
  const database = await openConfiguredDatabase(env, { role: 'api', apiUrl: url });
  try {
    log.info(`database: ${database.kind} (${database.location})`);
    await prepareDatabase(database, { importEsco: env.ESCO_AUTO_IMPORT, seedDemo: env.SEED_DEMO, demoPassword: env.DEMO_PASSWORD }, log);
  } catch (error) {
    await database.close();
    throw error;
  }
  const skills = createSkillIntelligence(database.db, log);
  const search = startSearch(database, env, log);
  const mailer = configuredMailer(env, log);
  const auth = authSettings(env);
  const mailOutbox = new MailOutbox({ db: database.db, mailer, log, webUrl: auth.webUrl });
  // Retries, and mail a stopped process left pending; new entries wake it at once.
  mailOutbox.start(60_000);
  const app = createApp({ database, log, mailer, mailOutbox, auth, skills, search });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: env.HOST, port: env.API_PORT }, () => resolve(s));
    s.once('error', reject);
  });
  log.info(`API listening on ${url} (reference: ${url}/api/docs)`);
  // Built now rather than on the first request; rebuilt when another process changes the taxonomy.
  void skills.index().catch((error: unknown) => log.error('skill index failed to build', { error: String(error) }));
  // Built after the skill index, so the two do not compete for the start; then the engine's shortlists.
  void skills
    .index()
    .then(() => skills.occupations())
    .catch((error: unknown) => log.error('occupation index failed to build', { error: String(error) }))
    .then(() => search.engine.warm?.())
    .catch((error: unknown) => log.warn('search shortlists not warmed', { error: String(error) }));
  const stopWatching = skills.watch(30_000);
  const stopRecording = recordShortages(database.db, log, { snapshotEveryMs: 6 * 60 * 60 * 1000, alertsEveryMs: 10 * 60 * 1000, onNotified: () => mailOutbox.wake() });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      stopWatching();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await search.sync.stop();
      await mailOutbox.stop();
      await stopRecording();
      mailer.close?.();
      await database.close();
    })());
  return { url, database, server, stop };
}
