import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseEml } from '../../src/platform/mail/testing.ts';

/** One mail as the recipient reads it: the .eml decoded (headers, quoted-printable bodies). */
export interface ReceivedMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

const POLL_MS = 50;

/**
 * The mail the portal writes as .eml files with MAIL_URL=file: (into DATA_DIR/mail), read like an
 * inbox: each mail is taken once, so "the next mail" is always one that arrived after the last one read.
 */
export class Mailbox {
  readonly #folder: string;
  readonly #parsed = new Map<string, ReceivedMail>();
  readonly #taken = new Set<string>();

  constructor(dataDir: string) {
    this.#folder = path.join(dataDir, 'mail');
  }

  /** Waits (polling the folder) for the first mail not yet taken that is to the address and matches. */
  async next(
    to: string,
    matches: (mail: ReceivedMail) => boolean,
    what: string,
    timeoutMs = 10_000,
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const mail of await this.#all()) {
        if (this.#taken.has(mail.file) || mail.to.toLowerCase() !== to.toLowerCase() || !matches(mail))
          continue;
        this.#taken.add(mail.file);
        return mail;
      }
      if (Date.now() > deadline) {
        const seen = (await this.#all()).map((mail) => `${mail.file} to ${mail.to}: ${mail.subject}`);
        throw new Error(
          `No ${what} for ${to} arrived in ${this.#folder} within ${timeoutMs} ms; there are:\n  ${seen.join('\n  ') || '(no mail at all)'}`,
        );
      }
      await sleep(POLL_MS);
    }
  }

  /**
   * The next mail to the address carrying a link to the path, and that link as a path with its query,
   * to open on the portal under test (the mail names the configured BASE_URL). The HTML part must carry
   * the same link as the plain text, since most people click it there.
   */
  async nextLink(to: string, linkPath: string): Promise<{ mail: ReceivedMail; link: string }> {
    const pattern = new RegExp(`https?://[^\\s"<>]*${linkPath.replace(/[/?.]/g, '\\$&')}\\?[^\\s"<>]*`);
    const mail = await this.next(
      to,
      (candidate) => pattern.test(candidate.text),
      `mail with a ${linkPath} link`,
    );
    const url = mail.text.match(pattern)?.[0] ?? '';
    if (!mail.html.includes(`href="${url.replace(/&/g, '&amp;')}"`)) {
      throw new Error(`The HTML part of "${mail.subject}" does not link to ${url}:\n${mail.html}`);
    }
    const link = new URL(url);
    return { mail, link: link.pathname + link.search };
  }

  async #all(): Promise<ReceivedMail[]> {
    let files: string[];
    try {
      files = (await readdir(this.#folder)).filter((file) => file.endsWith('.eml')).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const mails: ReceivedMail[] = [];
    for (const file of files) {
      let mail = this.#parsed.get(file);
      if (!mail) {
        const parsed = parseEml(await readFile(path.join(this.#folder, file), 'utf8'));
        mail = {
          file,
          to: parsed.headers.get('to') ?? '',
          subject: parsed.subject,
          text: parsed.bodies.get('text/plain') ?? '',
          html: parsed.bodies.get('text/html') ?? '',
        };
        this.#parsed.set(file, mail);
      }
      mails.push(mail);
    }
    return mails;
  }
}
