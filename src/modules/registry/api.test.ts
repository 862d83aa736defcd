import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { foldText } from '../../platform/text.ts';
import { buildCluster, enterprises } from './testing.ts';

interface Summary {
  slug: string;
  name: string;
  coordinator: string | null;
  city: string | null;
  voivodeship: { code: string; name: string } | null;
  industries: { code: string; name: string }[];
  member_count: number | null;
  categories: string[];
}

describe('registry API', () => {
  let portal: TestApp;
  before(async () => {
    portal = await testApp({ data: 'demo' });
    await buildCluster(portal.database.db, {
      slug: 'klaster-z-cudzyslowem',
      name: 'Klaster "Cudzysłów; Średnik"',
      coordinatorName: 'Spółka =SUMA(A1)',
      city: 'Łódź',
      voivodeship: '10',
      phone: '+48 42 000 00 00',
      members: enterprises(3),
      isDemo: true,
    });
  });
  after(() => portal.close());

  const get = (url: string) => portal.app.inject({ url });
  const items = async (query: string): Promise<Summary[]> =>
    (await get(`/api/v1/clusters?per_page=100&${query}`)).json().items;

  it('lists clusters a page at a time in Polish alphabetical order', async () => {
    const response = await get('/api/v1/clusters?per_page=5');
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.total, 68);
    assert.equal(body.page, 1);
    assert.equal(body.per_page, 5);
    assert.equal(body.items.length, 5);
    const all = (await items('')).map((c) => c.name);
    assert.equal(all.length, 68);
    assert.deepEqual(all, [...all].sort(new Intl.Collator('pl').compare));
    assert.ok(
      all.indexOf('Łódzki Klaster Mody i Tekstyliów') < all.indexOf('Mazowiecki Klaster ICT'),
      'Ł sorts before M',
    );
    assert.ok(all.indexOf('Lubuski Klaster Winiarski') < all.indexOf('Łódzki Klaster Mody i Tekstyliów'));
  });

  it('searches with Polish letters folded', async () => {
    const found = await items('q=lodz');
    assert.ok(found.some((c) => c.name === 'Łódzki Klaster Mody i Tekstyliów'));
    for (const cluster of found) {
      const text = foldText([cluster.name, cluster.coordinator, cluster.city].join(' '));
      const profile = (await get(`/api/v1/clusters/${cluster.slug}`)).json();
      assert.ok(
        text.includes('lodz') ||
          foldText(`${profile.description.pl} ${profile.description.en}`).includes('lodz'),
        cluster.name,
      );
    }
    assert.deepEqual(
      (await items('q=SLASKI robotyki')).map((c) => c.name),
      ['Śląski Klaster Robotyki'],
    );
  });

  it('filters by industry, voivodeship, category and member count, and sorts', async () => {
    assert.deepEqual(
      (await items('industry=food&voivodeship=20')).map((c) => c.name),
      ['Podlaski Klaster Żywności Ekologicznej'],
    );
    const standards = await items('category=standards');
    assert.ok(standards.length >= 10);
    assert.ok(standards.every((c) => c.categories.includes('standards')));
    const large = await items('members_min=50&sort=members');
    assert.ok(large.length > 0);
    assert.ok(large.every((c) => (c.member_count ?? 0) >= 50));
    const counts = large.map((c) => c.member_count ?? 0);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
    assert.equal((await items('category=kkk')).length, 0, 'no KKK status known to be valid today');
  });

  it('refuses unknown values and parameters with the error shape', async () => {
    const unknown = await get('/api/v1/clusters?industry=nope');
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.code, 'validation_failed');
    assert.ok(unknown.json().error.fields.industry);
    assert.equal((await get('/api/v1/clusters?per_page=1000')).statusCode, 400);
    assert.equal((await get('/api/v1/clusters?kolor=zielony')).statusCode, 400);
    assert.equal((await get('/api/v1/clusters.csv?members_min=-1')).statusCode, 400);
  });

  it('describes one cluster with its KKK statuses, and only known facts of an incomplete profile', async () => {
    const response = await get('/api/v1/clusters/dolina-lotnicza');
    assert.equal(response.statusCode, 200);
    const cluster = response.json();
    assert.equal(cluster.name, 'Klaster Dolina Lotnicza');
    assert.equal(cluster.profile_completed, false);
    assert.equal(cluster.demo, false);
    assert.equal(cluster.member_count, null);
    assert.equal(cluster.members, null);
    assert.deepEqual(cluster.kkk_statuses, [
      {
        round: 1,
        round_year: 2015,
        document_number: null,
        document_date: null,
        valid_until: null,
        current: false,
      },
    ]);
    assert.deepEqual(cluster.categories, ['registered']);
    assert.equal(cluster.url, 'http://localhost:3000/klastry/dolina-lotnicza');
  });

  it('describes a completed profile with members and counts derived from them', async () => {
    const cluster = (await get('/api/v1/clusters/demo-slaski-klaster-robotyki')).json();
    assert.equal(cluster.members.length, cluster.member_count);
    const byType = Object.values(cluster.members_by_type as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    assert.equal(byType, cluster.member_count);
    const bySize = Object.values(cluster.enterprises_by_size as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    assert.equal(bySize, cluster.members_by_type.enterprise);
    assert.deepEqual(
      cluster.industries.map((industry: { code: string }) => industry.code),
      ['electronics', 'machinery'],
    );
    assert.equal(cluster.kis[0].code, 'kis-17');
    assert.match(cluster.kis[0].name, /^KIS 17\. /);
    assert.ok(cluster.contact.email.endsWith('.example'));
    assert.equal(cluster.standards.current, true);
  });

  it('answers an unknown cluster with a 404 in the error shape', async () => {
    const response = await get('/api/v1/clusters/nie-ma-takiego');
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.message, 'Nie znaleziono klastra o adresie „nie-ma-takiego”.');
  });

  it('exports the filtered list as CSV that Polish Excel opens: BOM, semicolons, CRLF, quoting', async () => {
    const response = await get('/api/v1/clusters.csv?voivodeship=10');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="klastry-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const body = response.rawPayload;
    assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = body.subarray(3).toString('utf8');
    assert.ok(text.endsWith('\r\n'));
    const lines = text.split('\r\n').slice(0, -1);
    assert.match(lines[0] ?? '', /^Nazwa;Koordynator;Miejscowość;Województwo;Branże;Liczba członków;/);
    const total = (await get('/api/v1/clusters?voivodeship=10')).json().total;
    assert.equal(lines.length, total + 1);
    assert.ok(
      lines.some((line) =>
        line.startsWith(
          'Łódzki Klaster Mody i Tekstyliów;Stowarzyszenie Włókno Przyszłości (demo);Łódź;łódzkie;',
        ),
      ),
    );
    const quoted = lines.find((line) => line.startsWith('"Klaster'));
    assert.ok(quoted?.startsWith(`"Klaster ""Cudzysłów; Średnik""";Spółka =SUMA(A1);Łódź;łódzkie;`), quoted);
    assert.ok(quoted?.includes(`;"'+48 42 000 00 00";`), 'a value starting with + cannot run as a formula');
  });

  it('exports the same matches as JSON, all at once', async () => {
    const response = await get('/api/v1/clusters.json?industry=tourism&sort=members');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="klastry-.*\.json"$/,
    );
    const body = response.json();
    const listed = (await get('/api/v1/clusters?industry=tourism&sort=members&per_page=100')).json();
    assert.equal(body.total, listed.total);
    assert.deepEqual(body.items, listed.items);
    assert.match(body.generated_at, /^\d{4}-\d{2}-\d{2}T/);
  });

  it('is described in the OpenAPI document, without the HTML pages', async () => {
    const document = (await get('/api/v1/openapi.json')).json();
    assert.equal(document.openapi, '3.0.3');
    const list = document.paths['/api/v1/clusters'].get;
    const names = list.parameters.map((parameter: { name: string }) => parameter.name);
    for (const name of [
      'q',
      'industry',
      'voivodeship',
      'category',
      'members_min',
      'members_max',
      'sort',
      'page',
      'per_page',
    ])
      assert.ok(names.includes(name), name);
    assert.ok(document.paths['/api/v1/clusters/{slug}'].get);
    assert.ok(document.paths['/api/v1/clusters.json'].get);
    assert.ok(document.paths['/api/v1/clusters.csv'].get.responses['200'].content['text/csv']);
    assert.ok(Object.keys(document.paths).every((path: string) => path.startsWith('/api/v1/')));
  });
});
