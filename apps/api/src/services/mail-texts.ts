import type { ApplicationStatus, Notification, UserLocale } from '@kc/contract';
import type { MailMessage } from '../ports/mailer.ts';

/** What the platform says by e-mail, in the recipient's language. */

const STATUS: Record<UserLocale, Record<ApplicationStatus, string>> = {
  en: { applied: 'applied', shortlisted: 'shortlisted', accepted: 'accepted', rejected: 'not accepted', withdrawn: 'withdrawn' },
  bg: { applied: 'подадена', shortlisted: 'в краткия списък', accepted: 'приета', rejected: 'неодобрена', withdrawn: 'оттеглена' },
};

/** A page of the web app in a language: Bulgarian addresses carry `/bg`, English ones none. */
function pageIn(webUrl: string, locale: UserLocale, path: string): string {
  return `${webUrl}${locale === 'en' ? '' : `/${locale}`}${path}`;
}

export interface Recipient {
  displayName: string;
  email: string;
  locale: UserLocale;
}

/** An alert's news: demand for a skill or group reached the subscriber's threshold. */
function demandAlertMail(recipient: Recipient, alert: NonNullable<Notification['demandAlert']>, webUrl: string): MailMessage {
  const { locale } = recipient;
  const name = alert.concept.preferredLabel;
  const page = pageIn(webUrl, locale, alert.concept.kind === 'skill' ? `/shortages?skill=${encodeURIComponent(alert.concept.uri)}` : '/shortages');
  const mail =
    locale === 'bg'
      ? {
          subject: `Търсенето на ${name} достигна ${alert.positions} позиции`,
          text: `Здравейте, ${recipient.displayName},\n\nотворените обяви търсят ${name} за ${alert.positions} позиции: прагът ви от ${alert.threshold} е достигнат.\n\nНедостигът на умения: ${page}`,
        }
      : {
          subject: `Demand for ${name} reached ${alert.positions} positions`,
          text: `Hello ${recipient.displayName},\n\nopen postings ask for ${name} for ${alert.positions} positions: your threshold of ${alert.threshold} is reached.\n\nThe skills shortages: ${page}`,
        };
  return { to: recipient.email, ...mail };
}

export function notificationMail(recipient: Recipient, entry: Notification, webUrl: string): MailMessage {
  const { locale } = recipient;
  if (entry.demandAlert) return demandAlertMail(recipient, entry.demandAlert, webUrl);
  const a = entry.application;
  if (!a) throw new Error(`notification ${entry.id} tells of nothing`);
  const title = a.opportunity.title;
  const organisation = a.opportunity.organisation.name;
  const status = STATUS[locale][a.status];
  const applicant = a.applicant ?? (locale === 'bg' ? 'Изтрит профил' : 'A deleted account');
  const applicants = pageIn(webUrl, locale, `/opportunities/${a.opportunity.id}/applicants`);
  const mine = pageIn(webUrl, locale, '/me/applications');
  const inbox = pageIn(webUrl, locale, '/inbox');
  const texts = {
    en: {
      greeting: `Hello ${recipient.displayName},`,
      received: { subject: `New application: ${title}`, body: `${applicant} applied to "${title}" at ${organisation}.\n\nSee the applicants: ${applicants}` },
      mine: { subject: `Your application to ${title}: ${status}`, body: `${organisation} moved your application to "${title}": it is now ${status}.\n\nYour applications: ${mine}` },
      theirs: {
        subject: `${applicant}'s application to ${title}: ${status}`,
        body: `${a.byApplicant ? `${applicant} withdrew their application to "${title}".` : `A colleague moved ${applicant}'s application to "${title}": it is now ${status}.`}\n\nSee the applicants: ${applicants}`,
      },
      footer: `Your inbox on the Knowledge City Skills Exchange: ${inbox}`,
    },
    bg: {
      greeting: `Здравейте, ${recipient.displayName},`,
      received: { subject: `Нова кандидатура: ${title}`, body: `${applicant} кандидатства за „${title}“ в ${organisation}.\n\nКандидатите: ${applicants}` },
      mine: { subject: `Кандидатурата ви за ${title}: ${status}`, body: `${organisation} промени кандидатурата ви за „${title}“: сега тя е ${status}.\n\nВашите кандидатури: ${mine}` },
      theirs: {
        subject: `Кандидатурата на ${applicant} за ${title}: ${status}`,
        body: `${a.byApplicant ? `${applicant} оттегли кандидатурата си за „${title}“.` : `Колега промени кандидатурата на ${applicant} за „${title}“: сега тя е ${status}.`}\n\nКандидатите: ${applicants}`,
      },
      footer: `Входящата ви кутия в Knowledge City Skills Exchange: ${inbox}`,
    },
  }[locale];
  const part = entry.kind === 'application_received' ? texts.received : entry.recipientRole === 'applicant' ? texts.mine : texts.theirs;
  return { to: recipient.email, subject: part.subject, text: `${texts.greeting}\n\n${part.body}\n\n${texts.footer}` };
}

/** To an organisation's administrators: a cluster administrator did not verify it, and why. */
export function verificationRefusedMail(recipient: Recipient, organisation: { name: string; slug: string }, reason: string, webUrl: string): MailMessage {
  const page = pageIn(webUrl, recipient.locale, `/organisations/${organisation.slug}/manage`);
  const mail =
    recipient.locale === 'bg'
      ? {
          subject: `${organisation.name} не е потвърдена`,
          text: `Здравейте, ${recipient.displayName},\n\nадминистратор на клъстера не потвърди ${organisation.name}:\n${reason}\n\nКогато промените профила, организацията отново ще бъде прегледана:\n${page}`,
        }
      : {
          subject: `${organisation.name} was not verified`,
          text: `Hello ${recipient.displayName},\n\na cluster administrator did not verify ${organisation.name}:\n${reason}\n\nOnce you change its profile, it will be looked at again:\n${page}`,
        };
  return { to: recipient.email, ...mail };
}
