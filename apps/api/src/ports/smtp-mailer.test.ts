import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv } from '@kc/runtime';
import { createSmtpMailer, describeSmtpUrl } from './smtp-mailer.ts';

interface Received {
  mail: ParsedMail;
  envelopeFrom: string;
  user: unknown;
}

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real SMTP server on a free port of 127.0.0.1 that hands each message it accepts to the test. */
async function startSmtpServer(options: SMTPServerOptions = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    // Cleartext on loopback: without STARTTLS nodemailer does not try the built-in test certificate.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ mail, envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', user: session.user });
          callback();
        })
        .catch(callback);
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port: (server.server.address() as AddressInfo).port, received };
}

function mailerFor(url: string, webUrl?: string) {
  const mailer = createSmtpMailer(url, webUrl ? { webUrl } : {});
  cleanups.push(() => mailer.close());
  return mailer;
}

const approved = {
  to: 'Мария Иванова <maria@example.bg>',
  subject: 'Кандидатурата ви е одобрена',
  text: 'Здравейте, Мария,\n\nкандидатурата ви за „Стажант по анализ на данни“ е одобрена.\nЩе се свържем с вас до петък.\n',
};

describe('createSmtpMailer', () => {
  it('delivers a Bulgarian plain-text message intact, logged in with the user and password of the URL', async () => {
    const logins: { username?: string; password?: string | null }[] = [];
    const smtp = await startSmtpServer({
      authOptional: false,
      onAuth(auth, _session, callback) {
        logins.push({ username: auth.username, password: auth.password });
        if (auth.username === 'kc-mailer' && auth.password === 'p@ss: word') callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
    });
    const mailer = mailerFor(`smtp://kc-mailer:${encodeURIComponent('p@ss: word')}@127.0.0.1:${smtp.port}`, 'https://skills.example.org/');

    await mailer.send(approved);

    expect(logins).toEqual([{ username: 'kc-mailer', password: 'p@ss: word' }]);
    expect(smtp.received).toHaveLength(1);
    const [{ mail, envelopeFrom, user }] = smtp.received as [Received];
    expect(user).toBe('kc-mailer');
    expect(envelopeFrom).toBe('no-reply@skills.example.org');
    expect(mail.from?.value).toEqual([{ name: 'Knowledge City Skills Exchange', address: 'no-reply@skills.example.org' }]);
    expect(mail.to).toMatchObject({ value: [{ name: 'Мария Иванова', address: 'maria@example.bg' }] });
    expect(mail.subject).toBe(approved.subject);
    expect(mail.text).toBe(approved.text);
    expect(mail.html).toBe(false);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
  });

  it('takes the sender, name and address, from the from parameter of the URL', async () => {
    const smtp = await startSmtpServer();
    const from = encodeURIComponent('Град на знанието <obuchenia@knowledge-city.bg>');
    const mailer = mailerFor(`smtp://127.0.0.1:${smtp.port}/?from=${from}`, 'https://skills.example.org');

    await mailer.send(approved);

    const [{ mail, envelopeFrom }] = smtp.received as [Received];
    expect(envelopeFrom).toBe('obuchenia@knowledge-city.bg');
    expect(mail.from?.value).toEqual([{ name: 'Град на знанието', address: 'obuchenia@knowledge-city.bg' }]);
  });

  it('falls back to the SMTP host for the sender when the web address is an IP address', async () => {
    const smtp = await startSmtpServer();
    const mailer = mailerFor(`smtp://localhost:${smtp.port}`, 'http://127.0.0.1:3000');
    // localhost is no mail host either, so the SMTP host is used as it is.
    await mailer.send(approved);
    expect((smtp.received as [Received])[0].mail.from?.value).toEqual([{ name: 'Knowledge City Skills Exchange', address: 'no-reply@localhost' }]);
  });

  it('rejects when the server refuses the recipient, so the caller can log it', async () => {
    const smtp = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        callback(Object.assign(new Error(`No such user here: ${address.address}`), { responseCode: 550 }));
      },
    });
    const mailer = mailerFor(`smtp://127.0.0.1:${smtp.port}`);

    await expect(mailer.send(approved)).rejects.toThrow(/550.*No such user here: maria@example\.bg/);
    expect(smtp.received).toHaveLength(0);
  });

  it('keeps the password out of its description for the log', () => {
    expect(describeSmtpUrl('smtps://kc-mailer:secret@mail.example.org:465?from=a%40b.org')).toBe('smtps://kc-mailer:***@mail.example.org:465?from=a%40b.org');
  });
});

describe('SMTP_URL', () => {
  it('accepts smtp:// and smtps:// URLs, and treats an empty value as unset', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://user:pass@mail.example.org:587' }).SMTP_URL).toBe('smtp://user:pass@mail.example.org:587');
    expect(parseEnv({ SMTP_URL: 'smtps://mail.example.org:465?from=a%40b.org' }).SMTP_URL).toBe('smtps://mail.example.org:465?from=a%40b.org');
    expect(parseEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
  });

  it.each(['http://x', 'mail.example.org:587', 'smtp://'])('refuses %s, naming the setting', (value) => {
    expect(() => parseEnv({ SMTP_URL: value })).toThrow('SMTP_URL: must be an smtp:// or smtps:// URL');
  });

  it('does not repeat a refused value, which may hold a password', () => {
    expect(() => parseEnv({ SMTP_URL: 'https://user:hunter2@mail.example.org' })).toThrow('SMTP_URL: must be');
    expect(() => parseEnv({ SMTP_URL: 'https://user:hunter2@mail.example.org' })).not.toThrow('hunter2');
  });
});
