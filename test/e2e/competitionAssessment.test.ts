import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SESSION_COOKIE, sessionStarter } from '../../src/modules/accounts/sessions.ts';
import { JUSTIFICATION, json, roundInAssessment, sheet } from '../../src/modules/assessment/testing.ts';
import { movableClock } from '../../src/modules/competition/testing.ts';
import {
  expectAccessible,
  follow,
  SCREENSHOT_DIR,
  type Session,
  screenshot,
  startSession,
  withPage,
} from '../browser.ts';
import type { ApiCaller } from '../factories.ts';
import { expectNoSideScroll } from './narrowScreen.ts';

// The assessment in Chromium: an expert declares no conflict of interest and scores an application
// through the HTML form; the operator confirms the ranking and records the minister's decision. axe
// checks the expert's task list, the score form and the operator's ranking page on the way.

const STEP_TIMEOUT_MS = 10_000;
const main = (page: Page): Locator => page.getByRole('main');

async function press(page: Page, button: string | RegExp): Promise<void> {
  await follow(page, main(page).getByRole('button', { name: button }));
}

describe('assessing a round in the browser', () => {
  const time = movableClock('2026-11-20T10:00:00.000Z');
  let session: Session;
  let scenario: Awaited<ReturnType<typeof roundInAssessment>>;

  before(async () => {
    session = await startSession({ data: 'reference', clock: time.clock });
    scenario = await roundInAssessment(session.app, time.clock, time.set);
  });
  after(() => session?.close());

  /** A browser of someone already signed in (with the second factor, as experts and operators must be). */
  const browserOf = async (
    person: ApiCaller,
    name: string,
    steps: (page: Page) => Promise<void>,
    contrast: 'normal' | 'high' = 'normal',
  ) => {
    const { token } = await sessionStarter(session.app.db, {
      userId: person.userId,
      now: time.clock.now(),
      twoFactorVerified: true,
    });
    const context: BrowserContext = await session.visitor({ locale: 'pl', contrast });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: session.baseUrl }]);
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
  };

  it('goes from the expert’s declaration and scores to the minister’s decision', async () => {
    const [first, second, third] = scenario.experts;
    const [granted, refused] = scenario.applications;
    const tasks = json<{ items: { id: number; application_id: number }[] }>(
      await first.get('/api/v1/assignments'),
    ).items;
    const task = tasks.find((t) => t.application_id === granted.applicationId);
    assert.ok(task, 'the first expert scores the first application');

    await browserOf(
      first,
      'assessment-expert',
      async (page) => {
        await page.goto('/ekspert');
        await expectAccessible(page, 'the expert’s task list');
        await follow(page, main(page).locator(`a[href="/ekspert/zadania/${task.id}"]`));
        assert.equal(new URL(page.url()).pathname, `/ekspert/zadania/${task.id}`);
        assert.doesNotMatch((await main(page).textContent()) ?? '', /Strategia rozwoju klastra na lata/);
        await main(page).getByLabel('Nie mam konfliktu interesów w sprawie tego wniosku').check();
        await main(page)
          .getByLabel(/zachowam w poufności/)
          .check();
        await press(page, 'Złóż oświadczenie');
        assert.match((await main(page).textContent()) ?? '', /Strategia rozwoju klastra na lata/);
        await expectAccessible(page, 'the score form');
        await expectNoSideScroll(page, 'the score form');
        for (const [index, group] of (await main(page).getByRole('group').all()).entries()) {
          await group.getByLabel(/Punkty/).fill(String(14 + (index % 3)));
          await group.getByLabel('Uzasadnienie', { exact: true }).fill(JUSTIFICATION);
        }
        await press(page, 'Dalej: sprawdź ocenę przed przesłaniem');
        assert.equal(new URL(page.url()).pathname, `/ekspert/zadania/${task.id}/sprawdz`);
        await expectAccessible(page, 'checking the scores');
        await expectNoSideScroll(page, 'checking the scores');
        // The same step in high contrast: the visitor's choice is a cookie, the page is read again.
        await page.context().addCookies([{ name: 'kontrast', value: 'high', url: session.baseUrl }]);
        await page.reload();
        await expectAccessible(page, 'checking the scores');
        await page.context().addCookies([{ name: 'kontrast', value: 'normal', url: session.baseUrl }]);
        await page.reload();
        await press(page, 'Prześlij ocenę');
        assert.equal(new URL(page.url()).pathname, '/ekspert');
        assert.match((await main(page).getByRole('status').textContent()) ?? '', /Ocena została przesłana/);
      },
      'normal',
    );

    await browserOf(
      first,
      'assessment-expert-contrast',
      async (page) => {
        await page.goto('/ekspert');
        await expectAccessible(page, 'the expert’s task list');
        await page.goto(`/ekspert/zadania/${task.id}`);
        await expectAccessible(page, 'the submitted score sheet');
        await expectNoSideScroll(page, 'the submitted score sheet');
        await page.goto('/ekspert/powiazania');
        await expectAccessible(page, 'the expert’s interests');
      },
      'high',
    );

    // The other experts through the API: the first application passes, the second does not.
    const submitAll = async (expert: ApiCaller, applicationId: number, points: number[]) => {
      const own = json<{ items: { id: number; application_id: number }[] }>(
        await expert.get('/api/v1/assignments'),
      ).items;
      for (const t of own.filter((item) => item.application_id === applicationId)) {
        json(
          await expert.send('POST', `/api/v1/assignments/${t.id}/declaration`, {
            conflict: false,
            confidentiality: true,
          }),
        );
        json(await expert.send('POST', `/api/v1/assignments/${t.id}/submission`, sheet(points)));
      }
    };
    for (const expert of [second, third])
      await submitAll(expert, granted.applicationId, [16, 16, 16, 16, 16]);
    for (const expert of [first, second, third])
      await submitAll(expert, refused.applicationId, [8, 8, 8, 8, 8]);
    const operator = scenario.operator;
    assert.equal(
      (
        await operator.send('POST', `/api/v1/rounds/${scenario.roundId}/panel/members`, {
          expert_id: third.userId,
        })
      ).statusCode,
      204,
    );
    const consensus = {
      points: { Z2: 9, E2: 9, W2: 8, P2: 8, K2: 9 },
      comment: 'Przekonująca prezentacja strategii.',
    };
    assert.equal(
      (await operator.send('PUT', `/api/v1/panel/applications/${granted.applicationId}/consensus`, consensus))
        .statusCode,
      204,
    );

    await browserOf(third, 'assessment-panel-member', async (page) => {
      await page.goto('/panel-ekspertow');
      await expectAccessible(page, 'the panel member’s list');
    });

    await browserOf(operator, 'assessment-operator', async (page) => {
      await page.goto(`/panel/konkurs/${scenario.roundId}/ocena`);
      await expectAccessible(page, 'the operator’s assessment page');
      await page.goto(`/panel/konkurs/wnioski/${granted.applicationId}/panel`);
      await expectAccessible(page, 'the panel application page');
      await page.goto(`/panel/konkurs/${scenario.roundId}/ranking`);
      await expectAccessible(page, 'the operator’s ranking');
      await press(page, 'Zatwierdź listę rekomendowanych');
      assert.match((await main(page).getByRole('status').textContent()) ?? '', /zatwierdzona/);
      await follow(page, main(page).getByRole('link', { name: 'Decyzje ministra' }));
      await expectAccessible(page, 'the decisions page');
      const card = main(page).getByRole('region').filter({ hasText: 'rekomendowany' }).first();
      await card.getByLabel('Numer dokumentu').fill('DIN-I.0232.7.2027');
      await card.getByLabel('Data dokumentu').fill('2027-02-01');
      await follow(page, card.getByRole('button', { name: /Zapisz decyzję/ }));
      assert.match((await main(page).getByRole('status').textContent()) ?? '', /Decyzja została zapisana/);
    });

    const status = await session.app.db
      .selectFrom('kkkStatuses')
      .select(['documentNumber', 'validUntil', 'verificationCode'])
      .where('documentNumber', '=', 'DIN-I.0232.7.2027')
      .executeTakeFirstOrThrow();
    assert.equal(status.validUntil, '2030-01-31');
    assert.ok(status.verificationCode);

    // The refused applicant reads the scores (experts by number only) and appeals through the form.
    const refusal = {
      application_id: refused.applicationId,
      outcome: 'refused',
      document_number: 'DIN-I.0232.8.2027',
      document_date: '2027-02-01',
    };
    json(await operator.send('POST', '/api/v1/decisions', refusal), 201);
    await browserOf(
      scenario.coordinators[1],
      'assessment-coordinator',
      async (page) => {
        await page.goto(`/konkurs/wnioski/${refused.applicationId}/wyniki`);
        const text = (await main(page).textContent()) ?? '';
        assert.match(text, /Ekspert 2: 8/);
        assert.doesNotMatch(text, /Ewa Ekspertka|Feliks Fachowiec|Gustaw Góral/);
        await expectAccessible(page, 'the applicant’s results');
        await main(page)
          .getByLabel('Uzasadnienie odwołania')
          .fill('Eksperci pominęli wspólne projekty badawcze członków.');
        await press(page, 'Złóż odwołanie');
        assert.match((await main(page).getByRole('status').textContent()) ?? '', /Odwołanie zostało złożone/);
      },
      'high',
    );
  });
});
