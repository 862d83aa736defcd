import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { totpCodeAt } from '../../src/modules/accounts/totp.ts';
import { createPerson, TEST_PASSWORD } from '../../src/modules/accounts/twoFactorTesting.ts';
import { addDraftMembers } from '../../src/modules/registry/registration/testing.ts';
import { RATE_LIMIT_RULES } from '../../src/platform/rateLimit/rules.ts';
import {
  expectAccessible,
  follow,
  SCREENSHOT_DIR,
  type Session,
  screenshot,
  startSession,
  withPage,
} from '../browser.ts';

// A cluster's registration through the HTML forms in Chromium: the coordinator fails the entry
// questionnaire, passes it, fills in and submits the form; an operator (signing in with a TOTP code)
// returns it for corrections; the coordinator corrects and resubmits; the operator approves; the
// profile is public. axe checks the questionnaire, the form and the review page on the way.

const COORDINATOR = 'koordynatorka@example.pl';
const OPERATOR = 'operatorka@example.pl';
const OPERATOR_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const STEP_TIMEOUT_MS = 10_000;

const main = (page: Page): Locator => page.getByRole('main');

/**
 * The portal's time, which the operator's authenticator app shares: the real time, moved on by hand
 * when the operator waits for the app's next code, so no code is typed twice and nobody waits.
 */
const clock = {
  offsetMs: 0,
  now: () => new Date(Date.now() + clock.offsetMs),
};

function freshCode(secret: string): string {
  clock.offsetMs += 30_000;
  return totpCodeAt(secret, clock.now());
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await main(page).getByLabel(label, { exact: true }).fill(value);
}

async function press(page: Page, button: string): Promise<void> {
  await follow(page, main(page).getByRole('button', { name: button, exact: true }));
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/konto/logowanie');
  await fill(page, 'Adres e-mail', email);
  await fill(page, 'Hasło', TEST_PASSWORD);
  await press(page, 'Zaloguj się');
}

/** On failure: a screenshot of where the person got stuck, and that address in the message. */
async function withEvidence(page: Page, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    await screenshot(page, name).catch(() => undefined);
    if (error instanceof Error)
      error.message += `\n(the browser was at ${page.url()}; screenshot: ${SCREENSHOT_DIR}/${name}.png)`;
    throw error;
  }
}

describe('registering a cluster in the browser', () => {
  let session: Session;

  before(async () => {
    session = await startSession({ data: 'reference', clock });
    await createPerson(session.app, session.app.clock, COORDINATOR);
    const operator = await createPerson(session.app, session.app.clock, OPERATOR, ['operator']);
    await session.app.db
      .updateTable('users')
      .set({ totpSecret: OPERATOR_SECRET, totpEnabledAt: new Date().toISOString() })
      .where('id', '=', operator.id)
      .execute();
  });
  after(() => session?.close());

  /** A person's own browser; each new one comes from 127.0.0.1 again, so per-IP limits start afresh. */
  const browser = async (
    steps: (page: Page) => Promise<void>,
    name: string,
    contrast: 'normal' | 'high' = 'normal',
  ) => {
    for (const rule of Object.keys(RATE_LIMIT_RULES) as (keyof typeof RATE_LIMIT_RULES)[]) {
      if (rule.endsWith('_ip')) await session.app.rateLimiter.reset(rule, '127.0.0.1');
    }
    await withPage(await session.visitor({ locale: 'pl', contrast }), async (page) => {
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      await withEvidence(page, name, () => steps(page));
    });
  };

  /** The operator signs in with the password and then the code the authenticator app shows. */
  const signInAsOperator = async (page: Page) => {
    await signIn(page, OPERATOR);
    assert.equal(new URL(page.url()).pathname, '/konto/2fa/weryfikacja', 'the operator is asked for a code');
    await fill(page, 'Kod z aplikacji lub kod odzyskiwania', freshCode(OPERATOR_SECRET));
    await press(page, 'Potwierdź');
  };

  const decide = async (
    page: Page,
    decision: 'Zwróć do poprawy' | 'Zatwierdź i opublikuj',
    comment: string,
  ) => {
    await follow(
      page,
      page
        // A role's work pages are in the header's account links (the main menu keeps one row).
        .getByRole('navigation', { name: 'Moje konto' })
        .getByRole('link', { name: 'Zgłoszenia klastrów' }),
    );
    await follow(page, main(page).getByRole('link', { name: 'Klaster Przeglądarkowy Metalu' }));
    assert.match((await main(page).textContent()) ?? '', /1234563218: ✓ poprawny/);
    await expectAccessible(page, 'the review page');
    await main(page).getByLabel(decision, { exact: true }).check();
    if (comment) await fill(page, 'Uwagi lub uzasadnienie', comment);
    await press(page, 'Zapisz decyzję');
    assert.match((await main(page).getByRole('status').textContent()) ?? '', /Decyzja została zapisana/);
  };

  it('goes from the questionnaire to a published profile', async () => {
    await browser(async (page) => {
      await signIn(page, COORDINATOR);
      await page.goto('/klastry');
      await follow(page, main(page).getByRole('link', { name: 'Zarejestruj klaster' }));
      assert.equal(new URL(page.url()).pathname, '/klastry/rejestracja');
      await expectAccessible(page, 'the questionnaire');

      await fill(page, 'Nazwa klastra', 'Klaster Przeglądarkowy Metalu');
      for (const question of [/umową lub porozumieniem/, /osobą prawną/, /personel zarządzający/]) {
        await main(page).getByRole('group', { name: question }).getByLabel('Tak', { exact: true }).check();
      }
      await main(page)
        .getByRole('group', { name: /stronę internetową/ })
        .getByLabel('Nie', { exact: true })
        .check();
      await fill(page, 'Ilu członków ma klaster?', '8');
      await fill(page, 'Ilu członków to przedsiębiorstwa?', '6');
      await fill(page, 'Ilu członków to uczelnie lub jednostki naukowe?', '2');
      await press(page, 'Sprawdź kryteria');
      const failure = (await main(page).getByRole('alert').textContent()) ?? '';
      assert.match(failure, /Klaster nie spełnia kryteriów wejścia/);
      assert.match(failure, /podano 8, wymagane co najmniej 10/);
      assert.match(failure, /odpowiedź „Nie”/);
      await expectAccessible(page, 'the failed questionnaire');

      await fill(page, 'Ilu członków ma klaster?', '12');
      await main(page)
        .getByRole('group', { name: /stronę internetową/ })
        .getByLabel('Tak', { exact: true })
        .check();
      await press(page, 'Sprawdź kryteria');
      assert.match(new URL(page.url()).pathname, /^\/moje-klastry\/klaster-przegladarkowy-metalu$/);
      assert.match(
        (await main(page).getByRole('status').textContent()) ?? '',
        /Kryteria wejścia są spełnione/,
      );
      await expectAccessible(page, 'the registration form');

      await fill(page, 'Nazwa koordynatora', 'Fundacja Przeglądarkowa');
      await fill(page, 'Forma prawna koordynatora', 'fundacja');
      await fill(page, 'NIP', '123-456-32-18');
      await press(page, 'Zapisz szkic');
      assert.match((await main(page).getByRole('status').textContent()) ?? '', /Szkic został zapisany/);
      assert.equal(
        await main(page).getByLabel('Nazwa koordynatora', { exact: true }).inputValue(),
        'Fundacja Przeglądarkowa',
      );

      await press(page, 'Wyślij do weryfikacji');
      assert.match((await main(page).getByRole('alert').textContent()) ?? '', /REGON/);
      await expectAccessible(page, 'the registration form with errors');

      await addDraftMembers(session.app, '/moje-klastry/klaster-przegladarkowy-metalu');
      await fill(page, 'REGON', '123456785');
      await fill(page, 'Adres koordynatora (ulica i numer, kod pocztowy)', 'ul. Kliknięta 5, 80-001');
      await fill(page, 'Miejscowość', 'Gdańsk');
      await main(page).getByLabel('Województwo koordynatora', { exact: true }).selectOption('22');
      await fill(page, 'Opis klastra (po polsku)', 'Klaster firm obróbki metali <script>alert(1)</script>');
      await fill(page, 'Data założenia klastra', '2014-05-01');
      await main(page).getByLabel('metalurgia i obróbka metali', { exact: true }).check();
      await fill(page, 'Strona internetowa klastra', 'https://przegladarkowy.example.pl');
      await fill(page, 'Osoba do kontaktu', 'Zofia Klik');
      await fill(page, 'Adres e-mail do kontaktu', 'biuro@przegladarkowy.example.pl');
      await press(page, 'Wyślij do weryfikacji');
      assert.match((await main(page).getByRole('status').textContent()) ?? '', /wysłane do weryfikacji/);
    }, 'registration-coordinator');

    await browser(async (page) => {
      await signInAsOperator(page);
      await decide(page, 'Zwróć do poprawy', 'Dodaj opis po angielsku.');
    }, 'registration-operator-return');

    await browser(async (page) => {
      await signIn(page, COORDINATOR);
      await page.goto('/moje-klastry');
      assert.match((await main(page).textContent()) ?? '', /Zwrócone do poprawy/);
      await follow(page, main(page).getByRole('link', { name: 'Klaster Przeglądarkowy Metalu' }));
      assert.match((await main(page).textContent()) ?? '', /Dodaj opis po angielsku\./);
      await fill(page, 'Opis klastra (po angielsku) (opcjonalnie)', 'A metalworking cluster from Gdańsk.');
      await press(page, 'Wyślij do weryfikacji');
      assert.match((await main(page).getByRole('status').textContent()) ?? '', /wysłane do weryfikacji/);
    }, 'registration-coordinator-resubmit');

    await browser(async (page) => {
      await signInAsOperator(page);
      await decide(page, 'Zatwierdź i opublikuj', '');
    }, 'registration-operator-approve');

    await browser(async (page) => {
      await page.goto('/klastry?q=przegladarkowy');
      await follow(page, main(page).getByRole('link', { name: 'Klaster Przeglądarkowy Metalu' }));
      assert.equal(new URL(page.url()).pathname, '/klastry/klaster-przegladarkowy-metalu');
      const text = (await main(page).textContent()) ?? '';
      assert.match(text, /Fundacja Przeglądarkowa/);
      assert.match(text, /<script>alert\(1\)<\/script>/, 'the typed markup is shown as text');
    }, 'registration-public');
  });

  it('keeps the questionnaire, the form and the review page accessible in high contrast', async () => {
    await browser(
      async (page) => {
        await signIn(page, COORDINATOR);
        await page.goto('/klastry/rejestracja');
        await expectAccessible(page, 'the questionnaire');
        await page.goto('/moje-klastry/klaster-przegladarkowy-metalu');
        await expectAccessible(page, 'the published profile’s form');
        await page.goto('/moje-klastry');
        await expectAccessible(page, 'my clusters');
      },
      'registration-high-contrast',
      'high',
    );
    await browser(
      async (page) => {
        await signInAsOperator(page);
        await page.goto('/admin/zgloszenia');
        await expectAccessible(page, 'the review queue');
        const cluster = await session.app.db
          .selectFrom('clusters')
          .select('id')
          .where('slug', '=', 'klaster-przegladarkowy-metalu')
          .executeTakeFirstOrThrow();
        await page.goto(`/admin/zgloszenia/${cluster.id}`);
        await expectAccessible(page, 'the review page');
        await page.goto('/admin/kryteria');
        await expectAccessible(page, 'the entry criteria');
      },
      'registration-operator-high-contrast',
      'high',
    );
  });
});
