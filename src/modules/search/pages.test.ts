import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { buildCluster, buildSearchDocument, signedInPerson } from '../../../test/factories.ts';

describe('the search page and API', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'none' });
    const db = portal.app.db;
    await buildSearchDocument(db, {
      title: '<script>alert("x")</script> Klaster Lotniczy',
      text: 'Firmy <b>lotnicze</b> z Rzeszowa & okolic',
    });
    await buildSearchDocument(db, { title: 'Notatka dla zalogowanych o lotnictwie', visibility: 'signedIn' });
    await buildCluster(db, { name: 'Klaster Szkutniczy Mazur', city: 'Giżycko' });
    await buildCluster(db, { name: 'Klaster Szkutniczy Ukryty', city: 'Giżycko', status: 'draft' });
  });
  after(() => portal.close());

  const get = (url: string) => portal.app.inject({ url });

  it('shows titles and snippets as text, only the marks being markup', async () => {
    const page = await get('/szukaj?q=lotniczych');
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes('<script>alert'), 'no script from a title');
    assert.ok(!page.body.includes('<b>lotnicze'), 'no markup from a text');
    assert.match(
      page.body,
      /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; Klaster <mark>Lotniczy<\/mark>/,
    );
    assert.match(page.body, /Firmy &lt;b&gt;<mark>lotnicze<\/mark>&lt;\/b&gt; z Rzeszowa &amp; okolic/);
    const api = (await get('/api/v1/search?q=lotniczych')).json();
    assert.equal(api.items[0].title, '<script>alert("x")</script> Klaster Lotniczy');
    assert.equal(
      api.items[0].title_html,
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Klaster <mark>Lotniczy</mark>',
    );
  });

  it('never shows an unpublished cluster, nor a signed-in document to a visitor', async () => {
    const titles = async (url: string) =>
      ((await get(url)).json().items as { title: string }[]).map((item) => item.title);
    assert.deepEqual(await titles('/api/v1/search?q=szkutniczy'), ['Klaster Szkutniczy Mazur']);
    assert.deepEqual(await titles('/api/v1/search?q=lotnictwie'), []);
    const person = await signedInPerson(portal.app, []);
    const signedIn = await person.visitor.get('/szukaj?q=lotnictwie');
    assert.match(signedIn.body, /Notatka dla zalogowanych o <mark>lotnictwie<\/mark>/);
  });

  it('counts every type, filters by one, and says what it corrected', async () => {
    const all = (await get('/api/v1/search?q=klaster')).json();
    assert.deepEqual(
      all.facets.map((facet: { type: string; count: number }) => [facet.type, facet.count]),
      [
        ['cluster', 1],
        ['note', 1],
      ],
    );
    assert.equal(all.facets[0].label, 'Klastry');
    const clusters = (await get('/api/v1/search?q=klaster&type=cluster')).json();
    assert.deepEqual(
      clusters.items.map((item: { title: string }) => item.title),
      ['Klaster Szkutniczy Mazur'],
    );
    assert.equal(clusters.facets.length, 2, 'the facets still count every type');
    const typo = (await get('/api/v1/search?q=szkutnicy')).json();
    assert.equal(typo.did_you_mean, 'szkutniczy');
    assert.equal(typo.items[0].title, 'Klaster Szkutniczy Mazur');
    const page = await get('/szukaj?q=szkutnicy');
    assert.match(page.body, /Nic nie pasuje do „szkutnicy”/);
    assert.match(page.body, /href="\/szukaj\?q=szkutniczy"/);
  });

  it('answers an empty search with the box, nothing found with advice, and refuses a bad API query', async () => {
    assert.match((await get('/szukaj')).body, /Wpisz, czego szukasz/);
    assert.match((await get('/szukaj?q=qwxzv')).body, /Nic nie znaleźliśmy dla „qwxzv”/);
    assert.match((await get('/szukaj?q=qwxzv')).body, /class="govuk-input"/);
    for (const query of ['', '?q=', '?q=klaster&type=nieznany', '?q=klaster&page=0']) {
      const refused = await get(`/api/v1/search${query}`);
      assert.equal(refused.statusCode, 400, query);
      assert.equal(refused.json().error.code, 'validation_failed', query);
    }
  });

  it('pages through the results', async () => {
    for (let index = 0; index < 12; index++)
      await buildSearchDocument(portal.app.db, { title: `Stronicowana notatka ${index}` });
    const first = (await get('/api/v1/search?q=stronicowana')).json();
    const second = (await get('/api/v1/search?q=stronicowana&page=2')).json();
    assert.equal(first.total, 12);
    assert.equal(first.items.length, 10);
    assert.equal(second.items.length, 2);
    const page = await get('/szukaj?q=stronicowana');
    assert.match(page.body, /href="\/szukaj\?q=stronicowana&amp;page=2" rel="next"/);
  });
});
