export { createApp, type AppType } from './app.ts';
export { authSettings, prepareDatabase, startApi, type RunningApi } from './server.ts';
export { createLogMailer, type Mailer, type MailMessage } from './ports/mailer.ts';
export { createLogger } from './lib/logger.ts';
export type { Actor, AppDeps, Logger } from './context.ts';
export { createSkillIntelligence, type SkillIntelligence } from './services/skill-intelligence.ts';
