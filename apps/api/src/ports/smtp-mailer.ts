import { isIP } from 'node:net';
import { createTransport } from 'nodemailer';
import type { Mailer } from './mailer.ts';

export interface SmtpMailerOptions {
  /** Public address of the web app: its host names the default sender, as recipients see links to it. */
  webUrl?: string;
}

const DEFAULT_TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

const isLoopback = (host: string) => host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);

/** A host a sender address can sensibly be at: not an IP literal, not this machine. */
const isMailHost = (host: string) => host !== '' && host !== 'localhost' && isIP(host.replace(/^\[|\]$/g, '')) === 0;

/**
 * Sends mail through the SMTP server of one URL, `smtp://user:password@host:587` (STARTTLS when
 * offered) or `smtps://…:465` (TLS from the start). Its `from` query parameter sets the sender;
 * every other parameter is a nodemailer transport option (e.g. `pool=true`).
 */
export function createSmtpMailer(smtpUrl: string, options: SmtpMailerOptions = {}): Mailer & { close(): void } {
  const url = new URL(smtpUrl);
  const smtpHost = url.hostname;
  const webHost = options.webUrl ? new URL(options.webUrl).hostname : '';
  const from = url.searchParams.get('from') || `Knowledge City Skills Exchange <no-reply@${[webHost, smtpHost].find(isMailHost) ?? smtpHost}>`;
  // nodemailer would take `from` for a transport option; it is ours.
  url.searchParams.delete('from');
  // Mail is sent while a request waits: a server that does not answer fails it in seconds, not
  // nodemailer's minutes. The URL may say otherwise.
  for (const [option, ms] of Object.entries(DEFAULT_TIMEOUTS_MS)) if (!url.searchParams.has(option)) url.searchParams.set(option, String(ms));
  // The password never crosses the network in clear: STARTTLS is required beyond this machine.
  if (url.protocol === 'smtp:' && !isLoopback(smtpHost) && !url.searchParams.has('requireTLS')) url.searchParams.set('requireTLS', 'true');
  const transport = createTransport(url.toString(), { from });
  return {
    async send(message) {
      // Plain text; nodemailer declares UTF-8 and encodes non-ASCII subjects and bodies itself.
      await transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
    },
    close() {
      transport.close();
    },
  };
}

/** The URL without its password, for the log. */
export function describeSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (url.password) url.password = '***';
  return url.toString();
}
