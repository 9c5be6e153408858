export { createApp, openApiDocument, type AppType } from './app.ts';
export { authSettings, prepareDatabase, startApi, type RunningApi } from './server.ts';
export { createLogMailer, type Mailer, type MailMessage } from './ports/mailer.ts';
export { createSmtpMailer, type SmtpMailerOptions } from './ports/smtp-mailer.ts';
export { createLogger } from './lib/logger.ts';
export type { AppDeps } from './context.ts';
export type { Actor } from './actor.ts';
export type { Logger } from './lib/logger.ts';
export { createSkillIntelligence, type SkillIntelligence } from './services/skill-intelligence.ts';
