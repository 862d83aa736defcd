// Helpers for the mail tests only: a real SMTP server to send to, a clock to move, and an .eml reader.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Clock } from '../clock.ts';

export interface TestClock extends Clock {
  advance(ms: number): Date;
}

export function testClock(start: string): TestClock {
  let current = new Date(start);
  return {
    now: () => current,
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
      return current;
    },
  };
}

export interface TestSmtpServer {
  url: string;
  /** Every message the server accepted, raw. */
  received: string[];
  /** How many times a message was offered (accepted or rejected). */
  offers(): number;
  /** Resolves once `count` messages have been accepted. */
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

/** An SMTP server on 127.0.0.1 (random port, no auth, no TLS); `accept(n)` decides the n-th offer. */
export async function startSmtpServer(
  accept: (offer: number) => boolean = () => true,
): Promise<TestSmtpServer> {
  const received: string[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  let offers = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        offers += 1;
        if (!accept(offers)) {
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          return;
        }
        received.push(Buffer.concat(chunks).toString('utf8'));
        for (const waiter of waiting.filter((w) => received.length >= w.count)) waiter.resolve();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    offers: () => offers,
    waitFor: (count) =>
      received.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiting.push({ count, resolve })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  from: string;
  /** Decoded bodies by content type (text/plain, text/html). */
  bodies: Map<string, string>;
}

/** Reads a message as a mail client would: unfolded headers, RFC 2047 words, MIME parts decoded. */
export function parseEml(raw: string): ParsedMail {
  const { headers, body } = splitHeaders(raw);
  const bodies = new Map<string, string>();
  collectBodies(headers, body, bodies);
  return {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    from: decodeWords(headers.get('from') ?? ''),
    bodies,
  };
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const headers = new Map<string, string>();
  const unfolded = text.slice(0, end).replace(/\n[ \t]+/g, ' ');
  for (const line of unfolded.split('\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: text.slice(end + 2) };
}

function collectBodies(headers: Map<string, string>, body: string, bodies: Map<string, string>): void {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    for (const part of parts) {
      const inner = splitHeaders(part.replace(/^\n/, ''));
      collectBodies(inner.headers, inner.body, bodies);
    }
    return;
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  bodies.set(type.split(';')[0] ?? type, decodeBody(body, encoding));
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(body.replace(/=\n/g, ''));
  return body;
}

function quotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047: =?UTF-8?Q?…?= and =?UTF-8?B?…?=; adjacent encoded words join without the space. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_match, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : quotedPrintable(data.replace(/_/g, ' ')),
    );
}
