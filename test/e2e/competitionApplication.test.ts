import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SESSION_COOKIE, sessionStarter } from '../../src/modules/accounts/sessions.ts';
import { newTotpSecret, totpCodeAt } from '../../src/modules/accounts/totp.ts';
import { applicationStarter } from '../../src/modules/competition/applicationStarter.ts';
import { applicationById } from '../../src/modules/competition/queries.ts';
import { movableClock, PDF } from '../../src/modules/competition/testing.ts';
import { commandAs } from '../../src/platform/commandContext.ts';
import { instantToWarsaw } from '../../src/platform/time.ts';
import {
  expectAccessible,
  follow,
  SCREENSHOT_DIR,
  type Session,
  screenshot,
  startSession,
  withPage,
} from '../browser.ts';
import { clusterWithTeam, person } from '../factories.ts';
import { expectNoSideScroll } from './narrowScreen.ts';

// The competition core in Chromium: an operator signs in with TOTP, creates a round from the latest
// template and publishes it; a coordinator fills in the wizard, attaches PDFs and submits, sees the
// receipt; the operator accepts the application in the formal check. axe checks each page on the way.

const STEP_TIMEOUT_MS = 20_000;
const main = (page: Page): Locator => page.getByRole('main');
const pathOf = (page: Page) => new URL(page.url()).pathname;

async function press(page: Page, button: string | RegExp): Promise<void> {
  await follow(page, main(page).getByRole('button', { name: button }).first());
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await main(page).getByLabel(label, { exact: true }).fill(value);
}

describe('applying in a round in the browser', () => {
  const time = movableClock('2026-11-20T09:00:00.000Z');
  let session: Session;

  before(async () => {
    session = await startSession({
      data: 'reference',
      clock: time.clock,
      env: { DATA_DIR: `/tmp/portal-e2e-competition-${process.pid}` },
    });
  });
  after(() => session?.close());

  async function inBrowser(context: BrowserContext, name: string, steps: (page: Page) => Promise<void>) {
    await withPage(context, async (page) => {
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      try {
        await steps(page);
      } catch (error) {
        await screenshot(page, name).catch(() => undefined);
        if (error instanceof Error)
          error.message += `\n(at ${page.url()}; screenshot: ${SCREENSHOT_DIR}/${name}.png)`;
        throw error;
      }
    });
  }

  it('goes from a new round to a receipt and the formal check', async () => {
    const app = session.app;
    const operator = await person(app.db, time.clock, ['operator'], 'operator-e2e@example.pl');
    const secret = newTotpSecret();
    await app.db
      .updateTable('users')
      .set({ totpSecret: secret, totpEnabledAt: time.clock.now().toISOString() })
      .where('id', '=', operator.id)
      .execute();
    const operatorContext = await session.visitor({ locale: 'pl' });
    let roundId = 0;

    await inBrowser(operatorContext, 'competition-operator', async (page) => {
      await page.goto('/panel/konkurs/nowy');
      assert.equal(pathOf(page), '/konto/logowanie', 'an operator signs in first');
      await fill(page, 'Adres e-mail', operator.email);
      await fill(page, 'Hasło', 'bardzo-dlugie-haslo');
      await press(page, 'Zaloguj się');
      await fill(page, 'Kod z aplikacji lub kod odzyskiwania', totpCodeAt(secret, time.clock.now()));
      await press(page, 'Potwierdź');
      await page.goto('/panel/konkurs/nowy?szablon=LATEST_ROUND_RULES');
      await expectAccessible(page, 'the new round form');
      await fill(page, 'Numer naboru', '8');
      await fill(page, 'Nazwa naboru (pl)', 'VIII nabór KKK');
      await fill(page, 'Nazwa naboru (en)', 'Call VIII');
      await fill(
        page,
        'Otwarcie naboru',
        instantToWarsaw(new Date(time.clock.now().getTime() + 10 * 60_000)),
      );
      await fill(page, 'Zamknięcie naboru', '2026-12-18T15:00');
      await fill(page, 'Najmniejsza liczba lat działalności klastra', '1');
      await fill(page, 'Najmniejsza liczba członków', '5');
      await press(page, 'Zapisz nabór');
      assert.match(pathOf(page), /^\/panel\/konkurs\/\d+$/, 'the round is saved');
      roundId = Number(pathOf(page).split('/').pop());
      await expectAccessible(page, 'the round dashboard');
      await press(page, 'Opublikuj nabór');
      assert.match((await main(page).getByRole('status').textContent()) ?? '', /Opublikowano nabór/);
    });

    time.set(new Date(time.clock.now().getTime() + 15 * 60_000).toISOString());
    const coordinator = await person(app.db, time.clock, ['coordinator']);
    const cluster = await clusterWithTeam(app.db, coordinator.id);
    const { token } = await sessionStarter(app.db, { userId: coordinator.id, now: time.clock.now() });
    const coordinatorContext = await session.visitor({ locale: 'pl' });
    await coordinatorContext.addCookies([{ name: SESSION_COOKIE, value: token, url: session.baseUrl }]);
    let applicationId = 0;

    await inBrowser(coordinatorContext, 'competition-coordinator', async (page) => {
      await page.goto(`/konkurs/nabory/${roundId}`);
      await expectAccessible(page, 'the round page');
      assert.match((await main(page).textContent()) ?? '', /18 grudnia 2026.{0,4}15:00/);
      await main(page)
        .getByLabel('Klaster, w imieniu którego składasz wniosek')
        .selectOption(String(cluster.id));
      await press(page, 'Złóż wniosek');
      assert.match(pathOf(page), /\/krok\/dane-klastra$/);
      applicationId = Number(pathOf(page).split('/')[3]);
      await expectAccessible(page, 'wizard step 1');
      await fill(page, 'Osoba do kontaktu', 'Anna Nowak');
      await fill(page, 'E-mail do kontaktu', 'anna@klaster.example');
      await press(page, 'Zapisz i dalej');
      await fill(page, 'Zatrudnienie u członków (osoby)', 'dużo');
      for (const [label, value] of [
        ['Przychody członków w ostatnim roku (zł)', '350000000'],
        ['Eksport członków w ostatnim roku (zł)', '120000000'],
        ['Wydatki członków na B+R w ostatnim roku (zł)', '4500000'],
        ['Patenty i prawa ochronne członków (liczba)', '12'],
        ['Wspólne projekty członków (liczba)', '8'],
      ])
        await fill(page, label ?? '', value ?? '');
      await press(page, 'Zapisz i dalej');
      assert.match(pathOf(page), /\/krok\/wskazniki$/, 'a wrong figure keeps the person on the step');
      await expectAccessible(page, 'wizard step 2 with an error');
      assert.equal(
        await main(page).getByLabel('Zatrudnienie u członków (osoby)').inputValue(),
        'dużo',
        'what was typed is kept',
      );
      await fill(page, 'Zatrudnienie u członków (osoby)', '1200');
      await press(page, 'Zapisz i dalej');
      await fill(
        page,
        'Strategia rozwoju klastra — streszczenie',
        'Strategia rozwoju klastra na lata 2027–2030.',
      );
      await fill(page, 'Plan działań', 'Wspólne projekty B+R, targi, szkolenia.');
      await press(page, 'Zapisz i dalej');
      assert.match(pathOf(page), /\/krok\/zalaczniki$/);
      await expectAccessible(page, 'wizard step 4');
      for (const [code, name] of [
        ['agreement', 'Umowa lub porozumienie o współpracy w klastrze'],
        ['strategy', 'Strategia rozwoju klastra'],
        ['members', 'Lista członków z deklaracjami przystąpienia'],
      ]) {
        const form = main(page).locator(`form:has(input[name="kod"][value="${code}"])`);
        // The design system's file upload: its labelled button opens the file chooser.
        const chooser = page.waitForEvent('filechooser');
        await form.getByLabel(`Plik PDF: ${name}`).click();
        await (await chooser).setFiles({ name: `${code}.pdf`, mimeType: 'application/pdf', buffer: PDF });
        await follow(page, form.locator('button[type="submit"]'));
        assert.match((await main(page).getByRole('status').textContent()) ?? '', /Dołączono plik/);
      }
      await follow(page, main(page).getByRole('button', { name: 'Zapisz i dalej' })); // a link styled as a button
      assert.match(pathOf(page), /\/krok\/podsumowanie$/);
      await expectAccessible(page, 'wizard review');
      await expectNoSideScroll(page, 'wizard review');
      await main(page)
        .getByLabel(/Oświadczam, że dane we wniosku/)
        .check();
      await press(page, 'Złóż wniosek');
      assert.equal(pathOf(page), `/konkurs/wnioski/${applicationId}/potwierdzenie`);
      await expectAccessible(page, 'the receipt');
      await expectNoSideScroll(page, 'the receipt');
      const application = await applicationById(app.db, applicationId);
      assert.equal(
        (await main(page).locator('#receipt-number').textContent())?.trim(),
        application?.receiptNumber,
      );
      assert.equal(
        (await main(page).locator('#receipt-sha256').textContent())?.trim(),
        application?.snapshotSha256,
      );
    });

    const { token: operatorToken } = await sessionStarter(app.db, {
      userId: operator.id,
      now: time.clock.now(),
      twoFactorVerified: true,
    });
    for (const contrast of ['normal', 'high'] as const) {
      const context = await session.visitor({ locale: 'pl', contrast });
      await context.addCookies([{ name: SESSION_COOKIE, value: operatorToken, url: session.baseUrl }]);
      await inBrowser(context, `competition-formal-${contrast}`, async (page) => {
        await page.goto(`/panel/konkurs/wnioski/${applicationId}/ocena-formalna`);
        await expectAccessible(page, 'the formal check');
        await expectNoSideScroll(page, 'the formal check');
        if (contrast === 'high') return;
        await main(page).getByLabel('Przyjmij formalnie').check();
        await press(page, 'Zapisz rozstrzygnięcie');
        assert.match((await main(page).getByRole('status').textContent()) ?? '', /Zapisano rozstrzygnięcie/);
      });
    }
    assert.equal((await applicationById(app.db, applicationId))?.state, 'formally_accepted');

    // High contrast: every wizard step of a second team's draft, the application page and the receipt.
    const other = await person(app.db, time.clock, ['coordinator']);
    const otherCluster = await clusterWithTeam(app.db, other.id);
    const { id: draftId } = await commandAs(
      { db: app.db, actorId: other.id, now: time.clock.now() },
      applicationStarter,
      { roundId, clusterId: otherCluster.id },
    );
    const { token: otherToken } = await sessionStarter(app.db, { userId: other.id, now: time.clock.now() });
    const highContrast = await session.visitor({ locale: 'pl', contrast: 'high' });
    await highContrast.addCookies([{ name: SESSION_COOKIE, value: otherToken, url: session.baseUrl }]);
    await inBrowser(highContrast, 'competition-high-contrast', async (page) => {
      for (const step of ['dane-klastra', 'wskazniki', 'strategia', 'zalaczniki', 'podsumowanie']) {
        await page.goto(`/konkurs/wnioski/${draftId}/krok/${step}`);
        await expectAccessible(page, `wizard step ${step}`);
      }
      for (const path of [
        `/konkurs/nabory/${roundId}`,
        `/konkurs/wnioski/${draftId}`,
        '/moje-wnioski',
        '/konkurs',
      ]) {
        await page.goto(path);
        await expectAccessible(page, path);
      }
    });
    const receiptContext = await session.visitor({ locale: 'en', contrast: 'high' });
    await receiptContext.addCookies([{ name: SESSION_COOKIE, value: token, url: session.baseUrl }]);
    await inBrowser(receiptContext, 'competition-receipt-en', async (page) => {
      await page.goto(`/konkurs/wnioski/${applicationId}/potwierdzenie`);
      await expectAccessible(page, 'the receipt in English');
      await expectNoSideScroll(page, 'the receipt in English');
      await page.goto(`/konkurs/wnioski/${applicationId}`);
      await expectAccessible(page, 'the application page in English');
    });
  });
});
