import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { MailSending } from '../context.ts';
import type { Logger } from '../lib/logger.ts';
import type { Mailer } from '../ports/mailer.ts';
import { loadNotifications } from './inbox.service.ts';
import { notificationMail } from './mail-texts.ts';

const { notifications } = schema;

/** Entries claimed at a time; a claim lasts long enough for a slow mail server to answer them all. */
const BATCH = 20;
const CLAIM_SECONDS = 10 * 60;
/** Waits before each further attempt: a minute, five, half an hour, two hours; then it gives up. */
const RETRY_AFTER_SECONDS = [60, 5 * 60, 30 * 60, 2 * 60 * 60] as const;

export interface MailOutboxOptions {
  db: Db;
  mailer: Mailer;
  log: Logger;
  /** Base URL of the web app, for the links in the mails. */
  webUrl: string;
}

/**
 * Sends the inbox's e-mails after the requests that made them have answered. A request commits
 * its entries as pending and wakes the outbox; the outbox claims what is due (several API
 * processes never send one mail twice), sends each in its recipient's language, and tries a
 * failed one again later. A poll picks up what a stopped process left behind.
 */
export class MailOutbox implements MailSending {
  readonly #options: MailOutboxOptions;
  #running: Promise<void> | null = null;
  #again = false;
  #timer: ReturnType<typeof setInterval> | null = null;
  #stopped = false;

  constructor(options: MailOutboxOptions) {
    this.#options = options;
  }

  /** Sends what is due soon, without holding up the caller. */
  wake(): void {
    if (this.#stopped) return;
    void this.drain();
  }

  /** Sends everything due now, and resolves when nothing due is left (or the mail server fails). */
  drain(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false;
          while ((await this.#sendBatch()) === BATCH && !this.#stopped);
        } while (this.#again && !this.#stopped);
      } catch (error) {
        this.#options.log.warn('notification e-mails not sent', { error: String(error) });
      } finally {
        this.#running = null;
      }
    })();
    return this.#running;
  }

  /** Looks for due mail every `intervalMs` too: retries, and what another process left. */
  start(intervalMs: number): void {
    this.#stopped = false;
    this.#timer ??= setInterval(() => this.wake(), intervalMs);
    this.#timer.unref?.();
    this.wake();
  }

  /** Stops polling and waits for the batch in hand. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  /** Claims a batch of due entries, sends each, and records how it went; answers how many were claimed. */
  async #sendBatch(): Promise<number> {
    const { db, mailer, log, webUrl } = this.#options;
    const claimed = await db
      .update(notifications)
      .set({ mailDueAt: sql`now() + make_interval(secs => ${CLAIM_SECONDS})` })
      .where(
        inArray(
          notifications.id,
          db
            .select({ id: notifications.id })
            .from(notifications)
            .where(and(eq(notifications.mailPending, true), lte(notifications.mailDueAt, sql`now()`)))
            .orderBy(asc(notifications.mailDueAt))
            .limit(BATCH)
            .for('update', { skipLocked: true }),
        ),
      )
      .returning({ id: notifications.id, attempts: notifications.mailAttempts });
    if (claimed.length === 0) return 0;
    const attempts = new Map(claimed.map((c) => [c.id, c.attempts]));
    const loaded = await loadNotifications(db, inArray(notifications.id, [...attempts.keys()]));
    // Entries whose application went meanwhile are no longer loaded: nothing to send for them.
    const gone = [...attempts.keys()].filter((id) => !loaded.some((l) => l.entry.id === id));
    if (gone.length > 0) await db.update(notifications).set({ mailPending: false }).where(inArray(notifications.id, gone));
    for (const { entry, recipient } of loaded) {
      try {
        await mailer.send(notificationMail(recipient, entry, webUrl));
        await db.update(notifications).set({ mailPending: false, mailDueAt: null }).where(eq(notifications.id, entry.id));
      } catch (error) {
        const tried = (attempts.get(entry.id) ?? 0) + 1;
        const wait = RETRY_AFTER_SECONDS[tried - 1];
        log.warn('notification e-mail not sent', { notification: entry.id, attempt: tried, willRetry: wait !== undefined, error: String(error) });
        await db
          .update(notifications)
          .set(
            wait === undefined
              ? { mailPending: false, mailAttempts: tried, mailDueAt: null }
              : { mailAttempts: tried, mailDueAt: sql`now() + make_interval(secs => ${wait})` },
          )
          .where(eq(notifications.id, entry.id));
      }
    }
    return claimed.length;
  }
}
