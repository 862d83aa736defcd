import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

let visitors = 0;

/** A browser stand-in for HTTP tests: keeps cookies, remembers the last page and sends its CSRF token. */
export class Visitor {
  cookies = new Map<string, string>();
  lastPage = '';
  /** Each visitor comes from an address of its own, so per-IP rate limits of one test do not touch another. */
  ip = `198.51.100.${(visitors++ % 250) + 1}`;

  constructor(readonly app: FastifyInstance) {}

  cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  }

  remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired =
        cookie.maxAge === 0 ||
        (cookie.expires && cookie.expires.getTime() < Date.now()) ||
        cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    if (String(response.headers['content-type'] ?? '').startsWith('text/html')) this.lastPage = response.body;
    return response;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app.inject({ method: 'GET', url, headers: this.cookieHeader(), remoteAddress: this.ip }),
    );
  }

  /** The CSRF token of the last page's form. */
  csrf(): string {
    const token = this.lastPage.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!token) throw new Error('The last page has no form with a CSRF token');
    return token;
  }

  /** Posts a form; the CSRF token comes from the last page unless given (null: none at all). */
  async post(
    url: string,
    fields: Record<string, string>,
    options: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const csrf = options.csrf === undefined ? this.csrf() : options.csrf;
    const payload = new URLSearchParams(csrf === null ? fields : { ...fields, _csrf: csrf }).toString();
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        payload,
        remoteAddress: this.ip,
        headers: { ...this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
  }
}

/** The path and query of the link with the given path in the latest e-mail to an address. */
export async function linkFromLatestMail(app: FastifyInstance, to: string, path: string): Promise<string> {
  const mail = await app.db
    .selectFrom('mailOutbox')
    .select('textBody')
    .where('toAddress', '=', to)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const link = mail.textBody.match(new RegExp(`https?://[^\\s]*${path.replace(/\//g, '\\/')}[^\\s]*`))?.[0];
  if (!link) throw new Error(`No ${path} link in the mail to ${to}`);
  return new URL(link).pathname + new URL(link).search;
}
