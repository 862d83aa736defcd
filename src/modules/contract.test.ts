import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../test/app.ts';
import { signedInPerson } from '../../test/factories.ts';
import exampleModule from '../../test/fixtures/exampleModule/module.ts';
import { portalJobs } from '../jobs.ts';
import { systemClock } from '../platform/clock.ts';
import { jobRunner } from '../platform/jobs/scheduler.ts';
import { renderMailOf } from '../platform/mail/templates/index.ts';
import { MODULES } from './index.ts';
import { searchDocuments } from './search/documents.ts';

// The portal built from the standard module list plus one line: everything the module declares shows.
describe('a module added to the list', () => {
  let portal: TestApp;
  const modules = [...MODULES, exampleModule];

  before(async () => {
    portal = await testApp({ data: 'none', modules });
  });
  after(() => portal.close());

  const get = (url: string, cookie?: string) =>
    portal.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('serves its page, with its texts in Polish and in English', async () => {
    const polish = await get('/przyklad');
    assert.equal(polish.statusCode, 200);
    assert.match(polish.body, /<h1[^>]*>Przykładowy moduł<\/h1>/);
    assert.match(polish.body, /Strona przykładowego modułu\./);
    const english = await get('/przyklad', 'lang=en');
    assert.match(english.body, /<h1[^>]*>Example module<\/h1>/);
  });

  it('puts its entry in the main navigation, marked current on its page', async () => {
    const home = await get('/');
    assert.match(home.body, /<a class="govuk-service-navigation__link" href="\/przyklad">Przykład<\/a>/);
    const own = await get('/przyklad');
    assert.match(
      own.body,
      /href="\/przyklad" aria-current="page"><strong class="govuk-service-navigation__active-fallback">Przykład<\/strong><\/a>/,
    );
    // between the policy and About, as its position says
    assert.ok(home.body.indexOf('/polityka-klastrowa"') < home.body.indexOf('href="/przyklad"'));
    assert.ok(home.body.indexOf('href="/przyklad"') < home.body.indexOf('href="/o-projekcie"'));
  });

  it('adds its card to the home page with the data it loads', async () => {
    const home = await get('/');
    assert.match(home.body, /<h2>Karta przykładowego modułu<\/h2><p>3<\/p>/);
    assert.match(home.body, /Klastry w rejestrze|klastr/i);
  });

  it('renders its mail in Polish and in English, in the portal’s mail layout, beside the standard mails', () => {
    const templates = portal.app.portal.mailTemplates;
    const params = { name: 'Zażółć Gęślą', link: 'https://klastry.example/przyklad?a=1&b=2' };
    const polish = renderMailOf(templates, 'pl', 'exampleWelcome', params);
    assert.equal(polish.subject, 'Witaj w przykładowym module');
    assert.match(polish.text, /^Dzień dobry, Zażółć Gęślą!\n\nPrzykładowy moduł też wysyła pocztę\./);
    assert.match(polish.text, /Otwórz przykład:\nhttps:\/\/klastry\.example\/przyklad\?a=1&b=2\n/);
    assert.match(polish.text, /Zespół Portalu Klastrów/);
    assert.match(polish.html, /<html lang="pl">/);
    assert.match(polish.html, /href="https:\/\/klastry\.example\/przyklad\?a=1&amp;b=2"/);
    const english = renderMailOf(templates, 'en', 'exampleWelcome', params);
    assert.equal(english.subject, 'Welcome to the example module');
    assert.match(english.text, /^Hello Zażółć Gęślą,\n/);
    assert.ok(
      'accountVerify' in templates.pl && 'assessmentResults' in templates.en,
      'the standard mails stay',
    );
  });

  it('answers its ability through can() and guards its route with it', async () => {
    assert.equal(portal.app.portal.can(null, 'example.visit'), false);
    assert.equal(portal.app.portal.can({ userId: 1 }, 'example.visit'), true);
    const anonymous = await get('/przyklad/dla-zalogowanych');
    assert.equal(anonymous.statusCode, 303, 'sent to sign in');
    const person = await signedInPerson(portal.app, []);
    assert.equal((await person.visitor.get('/przyklad/dla-zalogowanych')).statusCode, 200);
  });

  it('lists its job among the portal’s; the job records its audit action and hands a document to search', async () => {
    const names = (await portal.app.portal.jobs({ baseUrl: 'http://localhost:3000' })).map((job) => job.name);
    assert.ok(names.includes('example-indexer'));
    assert.ok(names.includes('registry-freshness-reminder'), 'the standard jobs stay');
    const jobs = await portalJobs('http://localhost:3000', modules);
    const job = jobs.find((candidate) => candidate.name === 'example-indexer');
    assert.ok(job);
    const log = { info: () => {}, error: () => {} };
    await jobRunner(job, { db: portal.app.db, clock: systemClock, log });
    const { hits } = await searchDocuments(portal.app.db, {
      q: 'lodzi ZOLC',
      locale: 'pl',
      visibilities: ['public'],
    });
    assert.deepEqual(
      hits.map(({ kind, id, title, url }) => ({ kind, id, title, url })),
      [{ kind: 'example', id: '1', title: 'Przykład z Łodzi', url: '/przyklad' }],
    );
    assert.deepEqual(
      (await searchDocuments(portal.app.db, { q: 'lodzi', locale: 'en', visibilities: ['public'] })).hits,
      [],
    );
    assert.deepEqual(portal.app.portal.search.map((source) => source.kind).sort(), [
      'cluster',
      'event',
      'example',
      'kkkStatus',
    ]);

    // The audit log names the action by its label, in the filter and in the table.
    const admin = await signedInPerson(portal.app, ['admin']);
    const audit = await admin.visitor.get('/admin/audyt');
    assert.equal(audit.statusCode, 200);
    assert.match(audit.body, /<option value="example\.done"[^>]*>Przykład wykonany<\/option>/);
    assert.match(audit.body, /<td[^>]*>\s*Przykład wykonany/);
  });

  it('leaves the standard portal without it', async () => {
    const standard = await testApp({ data: 'none' });
    try {
      assert.equal((await standard.app.inject({ method: 'GET', url: '/przyklad' })).statusCode, 404);
      const home = await standard.app.inject({ method: 'GET', url: '/' });
      assert.doesNotMatch(home.body, /przyklad/);
      assert.ok(!('exampleWelcome' in standard.app.portal.mailTemplates.pl));
    } finally {
      await standard.close();
    }
  });
});
