import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { SESSION_COOKIE, sessionStarter } from '../../src/modules/accounts/sessions.ts';
import { eventCanceller } from '../../src/modules/calendar/eventCanceller.ts';
import { eventProposer } from '../../src/modules/calendar/eventProposer.ts';
import { eventFields, publishedEvent } from '../../src/modules/calendar/testing.ts';
import { commandAs } from '../../src/platform/commandContext.ts';
import { warsawToInstant } from '../../src/platform/time.ts';
import {
  axeViolations,
  htmlClasses,
  type Session,
  startSession,
  type Visitor,
  withPage,
} from '../browser.ts';
import { buildPerson } from '../factories.ts';

/** The calendar's pages a visitor and a moderator meet: list, month, an event, the proposal form and the queue. */
describe('axe finds no WCAG 2.1 A/AA violation: the events calendar', () => {
  let session: Session;
  let token = '';
  let eventId = 0;

  before(async () => {
    session = await startSession();
    const db = session.app.db;
    const now = session.app.clock.now();
    const moderator = await buildPerson(db, { roles: ['moderator'], twoFactor: false });
    const start = new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    eventId = await publishedEvent(
      db,
      moderator.id,
      {
        title_pl: 'Spotkanie B2B klastrów, cykl',
        start_date: start,
        start_time: '10:00',
        end_time: '12:00',
        recurrence_freq: 'WEEKLY',
        recurrence_count: '5',
        category: 'networking',
      },
      now,
    );
    await publishedEvent(
      db,
      moderator.id,
      {
        title_pl: 'Targi wielodniowe',
        all_day: 'on',
        start_date: start,
        end_date: start.replace(/-\d\d$/, (day) => day),
      },
      now,
    );
    const as = { db, actorId: moderator.id, now, roles: ['user', 'moderator'], baseUrl: session.baseUrl };
    const event = await db
      .selectFrom('calendarEvents')
      .select('startsAt')
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    const second = new Date(new Date(event.startsAt).getTime() + 7 * 86_400_000);
    await commandAs(as, eventCanceller, {
      eventId,
      instance: warsawToInstant(`${second.toISOString().slice(0, 10)}T10:00`).toISOString(),
    });
    const proposer = await buildPerson(db, { twoFactor: false });
    await commandAs(
      { ...as, actorId: proposer.id, roles: ['user'] },
      eventProposer,
      eventFields({ title_pl: 'Zgłoszenie czekające' }),
    );
    token = (await sessionStarter(db, { userId: moderator.id, now })).token;
  });
  after(() => session?.close());

  // axe runs inside the page, so it needs JavaScript; the mode without it walks the same pages and forms
  // (statuses, error summaries) to show they work without a script.
  const modes: {
    name: string;
    visitor: Visitor;
    options?: Record<string, unknown>;
    narrow?: boolean;
    axe: boolean;
  }[] = [
    { name: 'Polish, normal contrast', visitor: { locale: 'pl' }, axe: true },
    { name: 'Polish, high contrast', visitor: { locale: 'pl', contrast: 'high' }, axe: true },
    {
      name: 'English, 320 px wide',
      visitor: { locale: 'en' },
      options: { viewport: { width: 320, height: 640 } },
      narrow: true,
      axe: true,
    },
    {
      name: 'Polish, high contrast, without JavaScript',
      visitor: { locale: 'pl', contrast: 'high' },
      options: { javaScriptEnabled: false },
      axe: false,
    },
  ];

  const check = async (page: Page, path: string, status: number, mode: (typeof modes)[number]) => {
    const response = await page.goto(path);
    assert.equal(response?.status(), status, path);
    await expectClean(page, `${path} (${mode.name})`, mode);
  };
  const expectClean = async (page: Page, where: string, mode: (typeof modes)[number]) => {
    if (mode.visitor.contrast === 'high') assert.ok((await htmlClasses(page)).includes('contrast-high'));
    if (!mode.axe) return;
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `axe on ${where}:\n  ${violations.join('\n  ')}`);
    if (mode.narrow) {
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow}px`);
    }
  };

  for (const mode of modes) {
    it(mode.name, async () => {
      const context = await session.visitor(mode.visitor, mode.options ?? {});
      await context.addCookies([{ name: SESSION_COOKIE, value: token, url: session.baseUrl }]);
      await withPage(context, async (page) => {
        await check(page, '/kalendarz', 200, mode);
        await check(page, '/kalendarz?past=1&category=networking', 200, mode);
        await check(page, '/kalendarz?from=31.02.2026&to=01.01.2026', 400, mode);
        await check(page, '/kalendarz/miesiac', 200, mode);
        await check(page, `/kalendarz/wydarzenia/${eventId}`, 200, mode);
        await check(page, '/kalendarz/zglos', 200, mode);
        // An empty proposal: the form comes back with its error summary.
        await Promise.all([
          page.waitForEvent('load'),
          page.locator('main form button[type=submit]').last().click(),
        ]);
        await expectClean(page, 'the proposal form with errors', mode);
        assert.ok(await page.locator('.govuk-error-summary').isVisible());
        await check(page, '/kalendarz/moderacja', 200, mode);
        // Returning without a comment: the queue comes back with the field's message.
        await Promise.all([
          page.waitForEvent('load'),
          page
            .getByRole('button', { name: /Zwróć do poprawy|Return for correction/ })
            .first()
            .click(),
        ]);
        await expectClean(page, 'the queue with an error', mode);
      });
    });
  }
});
