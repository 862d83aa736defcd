import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it, type TestContext } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { sessionStarter } from '../../src/modules/accounts/sessions.ts';
import { totpCodeAt } from '../../src/modules/accounts/totp.ts';
import { userCreator } from '../../src/modules/accounts/userCreator.ts';
import { type RunningMailWorker, startMailWorker } from '../../src/platform/mail/poller.ts';
import { RATE_LIMIT_RULES } from '../../src/platform/rateLimit/rules.ts';
import {
  axeViolations,
  follow,
  htmlClasses,
  SCREENSHOT_DIR,
  type Session,
  screenshot,
  startSession,
  withPage,
} from '../browser.ts';
import { Mailbox } from './mailbox.ts';

// The whole life of an account through the HTML forms, as a person does it in Chromium: register,
// confirm the address from the mail, sign in, turn on two-step verification, sign in with a code,
// reset the password from the mail. The mail is really sent: the portal's mail worker writes .eml
// files (MAIL_URL=file:) and the test reads them like an inbox.

const PASSWORD = 'zielony-rower-pod-mostem-7';
const NEW_PASSWORD = 'czerwony-tramwaj-przy-rynku-9';
const BASE32 = /^[A-Z2-7]{32}$/;
const RECOVERY_CODE = /^[a-z2-9]{5}-[a-z2-9]{5}$/;
const TOTP_STEP_MS = 30_000;
const STEP_TIMEOUT_MS = 10_000;
/** A real user-agent string: 488 px of unbroken text in the sessions table before it was shortened. */
const LONG_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

type Contrast = 'normal' | 'high';

function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

function main(page: Page): Locator {
  return page.getByRole('main');
}

function header(page: Page): Locator {
  return page.getByRole('banner');
}

async function heading(page: Page): Promise<string> {
  return ((await main(page).getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

/** The message the page shows in its status region (a success banner's content, or a notice). */
async function statusText(page: Page): Promise<string> {
  const status = main(page).getByRole('status').first();
  const banner = status.locator('.govuk-notification-banner__content');
  const text = (await banner.count()) > 0 ? await banner.textContent() : await status.textContent();
  return (text ?? '').trim();
}

/** Sends the form of the main content with its button, and waits for the page the answer ends on. */
async function press(page: Page, button: string): Promise<void> {
  await follow(page, main(page).getByRole('button', { name: button, exact: true }));
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await main(page).getByLabel(label, { exact: true }).fill(value);
}

/** A new browser session is a new person; the per-IP limits (every browser here is 127.0.0.1) start afresh. */
async function forgetIpLimits(session: Session): Promise<void> {
  for (const rule of Object.keys(RATE_LIMIT_RULES) as (keyof typeof RATE_LIMIT_RULES)[]) {
    if (rule.endsWith('_ip')) await session.app.rateLimiter.reset(rule, '127.0.0.1');
  }
}

/**
 * The portal's time, which the person's authenticator app shares: the real time, moved on by hand
 * when the person waits for the app's next code, so no code is ever typed twice and nobody waits.
 */
const clock = {
  offsetMs: 0,
  now: () => new Date(Date.now() + clock.offsetMs),
};

/** The person waits for the next code of the app and types that: a code the portal has never seen. */
function freshCode(secret: string): string {
  clock.offsetMs += TOTP_STEP_MS;
  return totpCodeAt(secret, clock.now());
}

/** A well-formed code the app does not show now (the one of ten minutes later). */
function wrongCode(secret: string): string {
  return totpCodeAt(secret, new Date(clock.now().getTime() + 20 * TOTP_STEP_MS));
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  assert.equal(new URL(page.url()).pathname, '/konto/logowanie', 'the sign-in form is open');
  await fill(page, 'Adres e-mail', email);
  await fill(page, 'Hasło', password);
  await press(page, 'Zaloguj się');
}

async function signOut(page: Page): Promise<void> {
  await follow(page, header(page).getByRole('button', { name: 'Wyloguj się' }));
  assert.equal(pathOf(page), '/konto/wylogowano', 'signing out says so');
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Wylogowano' }).count(), 1);
  assert.equal(await header(page).getByRole('link', { name: 'Zaloguj się' }).count(), 1, 'signed out');
  assert.equal(await header(page).getByRole('button', { name: 'Wyloguj się' }).count(), 0);
}

/** From /konto/2fa: starts the setup and reads the key shown as text under the QR code. */
async function startTwoFactorSetup(page: Page): Promise<string> {
  await page.goto('/konto/2fa');
  assert.equal(await heading(page), 'Włączanie weryfikacji dwuetapowej');
  await press(page, 'Rozpocznij');
  assert.equal(pathOf(page), '/konto/2fa');
  assert.equal(
    await main(page)
      .getByRole('img', { name: /Kod QR/ })
      .count(),
    1,
    'the QR code is shown',
  );
  const secret = ((await main(page).locator('#totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  assert.match(secret, BASE32, 'the key for typing in by hand is shown as text');
  return secret;
}

/** On the setup page: confirms with the code the app shows, and reads the recovery codes. */
async function confirmTwoFactor(page: Page, secret: string): Promise<string[]> {
  await fill(page, 'Kod z aplikacji', freshCode(secret));
  await press(page, 'Włącz weryfikację dwuetapową');
  assert.equal(await heading(page), 'Kody odzyskiwania');
  assert.equal(await statusText(page), 'Weryfikacja dwuetapowa jest włączona.');
  const recoveryCodes = (
    await main(page)
      .getByRole('list', { name: 'Twoje kody odzyskiwania' })
      .getByRole('listitem')
      .allInnerTexts()
  ).map((code) => code.trim());
  assert.equal(recoveryCodes.length, 10, 'ten recovery codes are shown');
  for (const code of recoveryCodes) assert.match(code, RECOVERY_CODE);
  return recoveryCodes;
}

/** Turns two-step verification on from its page, as a person with an authenticator app does. */
async function setUpTwoFactor(page: Page): Promise<string> {
  const secret = await startTwoFactorSetup(page);
  await confirmTwoFactor(page, secret);
  return secret;
}

/** On the second step of signing in: gives the code and checks where the person lands. */
async function giveCode(page: Page, code: string, landing: string): Promise<void> {
  assert.equal(new URL(page.url()).pathname, '/konto/2fa/weryfikacja', 'the code is asked for');
  assert.equal(await heading(page), 'Weryfikacja dwuetapowa');
  await fill(page, 'Kod z aplikacji lub kod odzyskiwania', code);
  await press(page, 'Potwierdź');
  assert.equal(pathOf(page), landing, 'after the code the person lands where they were going');
  assert.equal(await header(page).getByRole('button', { name: 'Wyloguj się' }).count(), 1, 'signed in');
}

/** On failure: a screenshot of where the person got stuck, and that address in the message. */
async function withEvidence(page: Page, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    await screenshot(page, name).catch(() => undefined);
    if (error instanceof Error) {
      error.message += `\n(the browser was at ${page.url()}; screenshot: ${SCREENSHOT_DIR}/${name}.png)`;
    }
    throw error;
  }
}

async function expectNoAxeViolations(page: Page, where: string, contrast: Contrast): Promise<void> {
  assert.equal(
    (await htmlClasses(page)).includes('contrast-high'),
    contrast === 'high',
    `${where}: ${contrast} contrast is not what the page shows`,
  );
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe on ${where} (${contrast} contrast):\n  ${violations.join('\n  ')}`);
}

/** WCAG 1.4.10 (reflow): at 320 and 375 CSS px the page scrolls only downwards; back to the desktop width after. */
async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const desktop = page.viewportSize();
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    // A string, as the browser runs it: the tests are compiled without the DOM's types.
    const overflow = await page.evaluate<{ scroll: number; client: number; wide: string[] }>(`(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
        .filter((element) => !element.parentElement?.closest('.portal-table-scroll'))
        .map((element) => element.tagName.toLowerCase() + '.' + element.className);
      return { scroll: root.scrollWidth, client: root.clientWidth, wide: wide.slice(0, 5) };
    })()`);
    assert.ok(
      overflow.scroll <= overflow.client,
      `${where} scrolls sideways at ${width} px (${overflow.scroll} > ${overflow.client}): ${overflow.wide.join(', ')}`,
    );
  }
  if (desktop) await page.setViewportSize(desktop);
}

describe('the account life cycle in the browser', () => {
  let session: Session;
  let dataDir: string;
  let mailWorker: RunningMailWorker | undefined;
  let mailbox: Mailbox;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'portal-e2e-accounts-'));
    session = await startSession({ env: { DATA_DIR: dataDir, MAIL_URL: 'file:' }, clock });
    mailWorker = startMailWorker(session.app, { intervalMs: 100 });
    mailbox = new Mailbox(dataDir);
  });
  after(async () => {
    await mailWorker?.stop();
    await session?.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => forgetIpLimits(session));

  /** A new person in a new browser context; a step that cannot find its element fails in seconds, not 30. */
  async function asNewPerson(
    visitor: Parameters<Session['visitor']>[0],
    options: Parameters<Session['visitor']>[1],
    steps: (page: Page) => Promise<void>,
  ): Promise<void> {
    await withPage(await session.visitor(visitor, options), async (page) => {
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      await steps(page);
    });
  }

  /** Accounts whose whole life went through the forms, with their authenticator key, for later tests. */
  const lived: { email: string; password: string; secret: string }[] = [];

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'with JavaScript' : 'without JavaScript';
    it(`registers, confirms the address, turns on two-step verification and resets the password, ${mode}`, async () => {
      const name = javaScript ? 'Zofia Żółkiewska' : 'Bartłomiej Świątek';
      const email = javaScript ? 'zofia.zolkiewska@example.pl' : 'bartlomiej.swiatek@example.pl';
      await asNewPerson({}, { javaScriptEnabled: javaScript }, async (page) => {
        await withEvidence(page, `account-lifecycle-${javaScript ? 'js' : 'no-js'}`, async () => {
          // 2. Registration, and the address confirmed from the mail.
          await page.goto('/');
          await follow(page, header(page).getByRole('link', { name: 'Załóż konto' }));
          assert.equal(pathOf(page), '/konto/rejestracja');
          await fill(page, 'Imię i nazwisko', name);
          await fill(page, 'Adres e-mail', email);
          await fill(page, 'Hasło', PASSWORD);
          await fill(page, 'Powtórz hasło', PASSWORD);
          await press(page, 'Załóż konto');
          assert.match(await statusText(page), /^Sprawdź skrzynkę e-mail\./, 'the registration is confirmed');

          const verification = await mailbox.nextLink(email, '/konto/weryfikacja');
          assert.equal(verification.mail.subject, 'Potwierdź adres e-mail w Portalu Klastrów');
          assert.match(verification.mail.text, new RegExp(`Dzień dobry, ${name}!`));
          const verified = await page.goto(verification.link);
          assert.equal(verified?.status(), 200);
          assert.equal(await statusText(page), 'Adres e-mail został potwierdzony. Możesz się zalogować.');

          // 3. Signing in, two-step verification turned on, signing out.
          await follow(page, main(page).getByRole('link', { name: 'Zaloguj się' }));
          await signIn(page, email, PASSWORD);
          assert.equal(pathOf(page), '/konto', 'signing in lands on the account page');
          assert.equal(await heading(page), 'Moje konto');
          assert.ok((await main(page).textContent())?.includes(email), 'the account page shows the address');
          const secret = await setUpTwoFactor(page);
          await follow(page, main(page).getByRole('button', { name: 'Kody zapisane — przejdź do konta' }));
          assert.equal(new URL(page.url()).pathname, '/konto');
          assert.match(
            (await main(page).textContent()) ?? '',
            /włączona od/,
            'the account page says it is on',
          );
          await signOut(page);

          // 4. Signing in again, on the way to a page that needs it: a code is asked for.
          await page.goto('/konto/2fa');
          assert.equal(pathOf(page), `/konto/logowanie?wroc=${encodeURIComponent('/konto/2fa')}`);
          await signIn(page, email, PASSWORD);
          assert.equal(pathOf(page), `/konto/2fa/weryfikacja?wroc=${encodeURIComponent('/konto/2fa')}`);
          assert.equal(
            await header(page).getByRole('button', { name: 'Wyloguj się' }).count(),
            0,
            'not signed in before the code',
          );
          await fill(page, 'Kod z aplikacji lub kod odzyskiwania', wrongCode(secret));
          await press(page, 'Potwierdź');
          assert.match(
            (await main(page).getByRole('alert').textContent()) ?? '',
            /Ten kod jest nieprawidłowy/,
            'a wrong code is refused with a message',
          );
          await giveCode(page, freshCode(secret), '/konto/2fa');
          assert.equal(await heading(page), 'Weryfikacja dwuetapowa', 'the page asked for: managing 2FA');
          await signOut(page);

          // 5. A forgotten password: the link from the mail, a new password, signing in with it.
          await follow(page, header(page).getByRole('link', { name: 'Zaloguj się' }));
          await follow(page, main(page).getByRole('link', { name: 'Nie pamiętasz hasła?' }));
          assert.equal(pathOf(page), '/konto/haslo/przypomnienie');
          await fill(page, 'Adres e-mail', email);
          await press(page, 'Wyślij link');
          assert.match(await statusText(page), /^Jeśli konto z tym adresem istnieje/);

          const reset = await mailbox.nextLink(email, '/konto/haslo/nowe');
          assert.equal(reset.mail.subject, 'Ustawianie nowego hasła w Portalu Klastrów');
          await page.goto(reset.link);
          assert.equal(await heading(page), 'Nowe hasło');
          await fill(page, 'Nowe hasło', NEW_PASSWORD);
          await fill(page, 'Powtórz hasło', NEW_PASSWORD);
          await press(page, 'Ustaw nowe hasło');
          assert.equal(await statusText(page), 'Hasło zostało zmienione. Zaloguj się nowym hasłem.');
          // The owner is told that the password changed.
          await mailbox.next(
            email,
            (mail) => mail.subject === 'Hasło do Twojego konta zostało zmienione',
            'notice of the changed password',
          );

          await follow(page, main(page).getByRole('link', { name: 'Zaloguj się' }));
          await signIn(page, email, PASSWORD);
          assert.equal(new URL(page.url()).pathname, '/konto/logowanie', 'the old password no longer works');
          assert.match(
            (await main(page).getByRole('alert').textContent()) ?? '',
            /Nieprawidłowy adres e-mail/,
          );
          await signIn(page, email, NEW_PASSWORD);
          await giveCode(page, freshCode(secret), '/konto');
          assert.equal(await heading(page), 'Moje konto');
          lived.push({ email, password: NEW_PASSWORD, secret });
        });
      });
    });
  }

  it('does not take the same authenticator code twice (RFC 6238 §5.2)', async () => {
    const person = lived[0];
    assert.ok(person, 'an account from the life-cycle test');
    const code = freshCode(person.secret);
    for (const attempt of ['first', 'second']) {
      await asNewPerson({}, {}, async (page) => {
        await page.goto('/konto/logowanie');
        await signIn(page, person.email, person.password);
        await fill(page, 'Kod z aplikacji lub kod odzyskiwania', code);
        await press(page, 'Potwierdź');
        const signedIn = new URL(page.url()).pathname === '/konto';
        assert.equal(signedIn, attempt === 'first', `the ${attempt} use of one code`);
      });
    }
  });

  for (const contrast of ['normal', 'high'] as const) {
    it(`axe finds no WCAG 2.1 A/AA violation on the account pages, ${contrast} contrast`, async (t: TestContext) => {
      const email = `dostepnosc-${contrast}@example.pl`;
      await userCreator({
        db: session.app.db,
        clock,
        email,
        password: PASSWORD,
        name: 'Dorota Dostępna',
        roles: [],
      });
      await asNewPerson({ contrast }, {}, async (page) => {
        const check = async (where: string, show: () => Promise<unknown>) => {
          await t.test(where, async () => {
            await show();
            await expectNoAxeViolations(page, where, contrast);
            await expectNoSideScroll(page, where);
          });
        };
        await check('the registration form', () => page.goto('/konto/rejestracja'));
        await check('the registration form sent empty, with its errors', async () => {
          await press(page, 'Załóż konto');
          const flagged = main(page).locator('input[aria-invalid="true"]');
          assert.deepEqual(
            await flagged.evaluateAll((inputs) => inputs.map((input) => input.id)),
            ['field-name', 'field-email', 'field-password'],
            'the empty name, e-mail and password are flagged',
          );
          assert.equal(await main(page).getByRole('alert').getByRole('link').count(), 3);
        });
        await check('the password reset request', () => page.goto('/konto/haslo/przypomnienie'));
        await check('the sign-in page', () => page.goto('/konto/logowanie'));
        await check('the sign-in page after a wrong password', async () => {
          await signIn(page, email, 'to-nie-jest-moje-haslo');
          assert.equal(await main(page).getByRole('alert').count(), 1);
        });
        await check('the account page', async () => {
          await signIn(page, email, PASSWORD);
          assert.equal(pathOf(page), '/konto');
        });
        await check('the account page with another session and an API token listed', async () => {
          const user = await session.app.db
            .selectFrom('users')
            .select('id')
            .where('email', '=', email)
            .executeTakeFirstOrThrow();
          await sessionStarter(session.app.db, {
            userId: user.id,
            now: clock.now(),
            userAgent: LONG_USER_AGENT,
          });
          await fill(page, 'Nazwa tokenu', 'eksport-nocny-do-arkusza-kalkulacyjnego-zespolu');
          await press(page, 'Utwórz token');
          const tables = main(page).getByRole('table');
          assert.equal(await tables.count(), 2, 'the sessions and the tokens');
          assert.match((await tables.first().textContent()) ?? '', /Chrome na Linuksie/);
          assert.equal(
            await main(page)
              .getByRole('button', { name: /^Unieważnij/ })
              .count(),
            1,
          );
        });
        await check('the two-step verification page before the setup', () => page.goto('/konto/2fa'));
        let secret = '';
        await check('the two-step verification setup, with the QR code and key', async () => {
          secret = await startTwoFactorSetup(page);
        });
        await check('the setup with a wrong code', async () => {
          await fill(page, 'Kod z aplikacji', '000000');
          await press(page, 'Włącz weryfikację dwuetapową');
          assert.equal(await main(page).getByRole('alert').count(), 1);
        });
        await check('the recovery codes', () => confirmTwoFactor(page, secret));
        await check('the verification page', async () => {
          await signOut(page);
          await page.goto('/konto/logowanie');
          await signIn(page, email, PASSWORD);
          assert.equal(new URL(page.url()).pathname, '/konto/2fa/weryfikacja');
        });
        await check('the verification page with a wrong code', async () => {
          await fill(page, 'Kod z aplikacji lub kod odzyskiwania', wrongCode(secret));
          await press(page, 'Potwierdź');
          assert.equal(await main(page).getByRole('alert').count(), 1);
        });
        await check('the two-step verification management page', async () => {
          await giveCode(page, freshCode(secret), '/konto');
          await page.goto('/konto/2fa');
          assert.equal(await heading(page), 'Weryfikacja dwuetapowa');
        });
      });
    });
  }

  it('axe finds no WCAG 2.1 A/AA violation on the administration pages, both contrasts', async (t) => {
    const admin = { email: 'administrator-e2e@example.pl', name: 'Adam Administrator' };
    await userCreator({
      db: session.app.db,
      clock,
      password: PASSWORD,
      roles: ['admin'],
      ...admin,
    });
    const expert = { email: 'ewa.ekspert-e2e@example.pl', name: 'Ewa Ekspert' };
    await userCreator({
      db: session.app.db,
      clock,
      password: PASSWORD,
      roles: ['expert'],
      ...expert,
    });

    await asNewPerson({ contrast: 'normal' }, {}, async (page) => {
      await withEvidence(page, 'account-lifecycle-admin', async () => {
        await page.goto('/konto/logowanie');
        await signIn(page, admin.email, PASSWORD);
        assert.equal(pathOf(page), '/konto');
        assert.match(
          (await main(page).textContent()) ?? '',
          /Role wymagające weryfikacji dwuetapowej/,
          'the admin role waits for two-step verification',
        );
        assert.equal(await header(page).getByRole('link', { name: 'Dziennik zdarzeń' }).count(), 0);
        await setUpTwoFactor(page);
        await follow(page, main(page).getByRole('button', { name: 'Kody zapisane — przejdź do konta' }));
        assert.equal(
          await header(page).getByRole('link', { name: 'Dziennik zdarzeń' }).count(),
          1,
          'with two-step verification on, the administration links appear',
        );
      });

      for (const contrast of ['normal', 'high'] as const) {
        if (contrast === 'high')
          await follow(page, header(page).getByRole('link', { name: 'Włącz kontrast' }));
        const check = async (where: string, show: () => Promise<unknown>) => {
          await t.test(`${where}, ${contrast} contrast`, async () => {
            await show();
            await expectNoAxeViolations(page, where, contrast);
            await expectNoSideScroll(page, where);
          });
        };
        await check('the audit log', async () => {
          await follow(page, header(page).getByRole('link', { name: 'Dziennik zdarzeń' }));
          assert.equal(pathOf(page), '/admin/audyt');
          assert.equal(await heading(page), 'Dziennik zdarzeń');
        });
        await check('the list of users', async () => {
          await follow(page, header(page).getByRole('link', { name: 'Użytkownicy' }));
          assert.equal(pathOf(page), '/admin/uzytkownicy');
        });
        await check("one user's page", async () => {
          await follow(page, main(page).getByRole('link', { name: expert.email }));
          assert.match(pathOf(page), /^\/admin\/uzytkownicy\/\d+$/);
          assert.equal(await heading(page), `Konto ${expert.email}`);
        });
      }
    });
  });
});
