/** Outgoing e-mail. The default adapter writes each message to the server log. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Rejects when the message could not be handed over, so the caller can log it. */
  send(message: MailMessage): Promise<void>;
  /** Releases connections (SMTP), at shutdown. */
  close?(): void;
}

/** Writes messages as log lines, so sign-up and reset flows work without a mail server. */
export function createLogMailer(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Mailer {
  return {
    async send(message) {
      write(`mail to=${message.to} subject=${JSON.stringify(message.subject)}\n${message.text}\n-- end of mail`);
    },
  };
}
