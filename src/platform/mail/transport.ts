import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';

/** A rendered mail on its way out. */
export interface OutgoingMail {
  id: number;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Where mail goes: an SMTP server, or .eml files. `send` resolves once the mail was handed over. */
export interface MailTransport {
  send(mail: OutgoingMail, now: Date): Promise<void>;
  close(): void;
}

export interface TransportConfig {
  /** smtp://…, smtps://…, or file: */
  mailUrl: string;
  dataDir: string;
}

export function mailTransport(config: TransportConfig): MailTransport {
  return config.mailUrl === 'file:'
    ? fileTransport(path.join(config.dataDir, 'mail'))
    : smtpTransport(config.mailUrl);
}

function message(mail: OutgoingMail, now: Date): SendMailOptions {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    date: now,
    headers: { 'X-Portal-Mail-Id': String(mail.id) },
  };
}

// Short timeouts: a worker holds a mail's lock while it sends, and must give up well before the lock ends.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    send: async (mail, now) => {
      await transporter.sendMail(message(mail, now));
    },
    close: () => transporter.close(),
  };
}

/** Writes each mail as one .eml file named by time and id, so the folder lists in sending order. */
function fileTransport(folder: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    send: async (mail, now) => {
      const { message: raw } = await composer.sendMail(message(mail, now));
      if (!Buffer.isBuffer(raw)) throw new Error('The mail composer did not return the message as a buffer');
      await mkdir(folder, { recursive: true });
      const file = path.join(folder, emlFileName(mail.id, now));
      // Written under a temporary name first, so nothing ever reads half a message.
      const partial = `${file}.${randomBytes(4).toString('hex')}.part`;
      await writeFile(partial, raw);
      await rename(partial, file);
    },
    close: () => composer.close(),
  };
}

/** e.g. 20261127T092000.000Z-000042.eml */
export function emlFileName(id: number, now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, '')}-${String(id).padStart(6, '0')}.eml`;
}
