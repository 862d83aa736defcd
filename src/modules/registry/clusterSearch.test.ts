import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../test/database.ts';
import type { ClusterFilters, ClusterSort } from './clusterFilters.ts';
import { clusterFacets, searchClusters } from './clusterSearch.ts';
import { buildCluster, enterprises, grantKkk } from './testing.ts';

const TODAY = '2026-11-27';

describe(`searching and filtering the registry on ${TEST_DATABASE_URL.split(':')[0]}`, () => {
  let database: TestDatabase;

  before(async () => {
    database = await migratedDatabase();
    const db = database.db;
    await buildCluster(db, {
      name: 'Łódzki Klaster Mody',
      coordinatorName: 'Fundacja Włókno',
      city: 'Łódź',
      voivodeship: '10',
      industries: ['textiles', 'creative'],
      members: enterprises(12),
      standardsAssessedOn: '2025-01-10',
      standardsValidUntil: '2027-01-10',
      registeredAt: '2020-03-01T10:00:00.000Z',
    });
    const lublin = await buildCluster(db, {
      name: 'Lubelski Klaster Ekologiczny',
      coordinatorName: 'Lubelska Agencja Ekologiczna',
      city: 'Lublin',
      voivodeship: '06',
      industries: ['food', 'agriculture'],
      members: enterprises(30),
      registeredAt: '2024-05-01T10:00:00.000Z',
    });
    await grantKkk(db, lublin.id, { roundNumber: 6, roundYear: 2022, validUntil: '2027-12-31' });
    const silesia = await buildCluster(db, {
      name: 'Śląska Inicjatywa Wodorowa',
      coordinatorName: 'Stowarzyszenie Wodór',
      city: 'Katowice',
      voivodeship: '24',
      industries: ['energy'],
      members: enterprises(5),
      standardsAssessedOn: '2023-01-01',
      standardsValidUntil: '2025-01-01',
      registeredAt: '2022-01-01T10:00:00.000Z',
    });
    await grantKkk(db, silesia.id, { roundNumber: 5, roundYear: 2021, validUntil: '2024-12-31' });
    await buildCluster(db, {
      name: 'Mazowiecki Klaster Danych',
      city: 'Warszawa',
      voivodeship: '14',
      industries: ['ict'],
      descriptionPl: 'Dane i chmura dla firm z całego kraju.',
      members: [
        ...enterprises(48),
        { type: 'university' },
        { type: 'ngo' },
        { type: 'ngo', leftOn: '2025-01-01' },
      ],
      registeredAt: '2025-09-01T10:00:00.000Z',
    });
    const incomplete = await buildCluster(db, {
      name: 'Zachodni Klaster Znany z Nazwy',
      coordinatorName: 'Fundacja Zachód',
      profileCompleted: false,
      registeredAt: '2015-09-01T10:00:00.000Z',
    });
    await grantKkk(db, incomplete.id, { roundNumber: 1, roundYear: 2015 });
    await buildCluster(db, {
      name: 'Łańcucki Klaster Rzemiosła',
      city: 'Łańcut',
      voivodeship: '18',
      industries: ['creative'],
      members: enterprises(8),
      registeredAt: '2019-01-01T10:00:00.000Z',
    });
    await buildCluster(db, {
      name: 'Sopocki Klaster Kultury',
      city: 'Sopot',
      voivodeship: '22',
      industries: ['creative', 'tourism'],
      members: enterprises(20),
      registeredAt: '2018-01-01T10:00:00.000Z',
    });
    await buildCluster(db, {
      name: 'Ukryty Klaster Łódzki',
      city: 'Łódź',
      voivodeship: '10',
      industries: ['textiles'],
      status: 'draft',
    });
  });
  after(() => database.destroy());

  const names = async (filters: ClusterFilters, sort: ClusterSort = 'name') =>
    (await searchClusters(database.db, { filters, sort, today: TODAY, page: 1, perPage: 100 })).items.map(
      (item) => item.name,
    );

  describe('search', () => {
    it('folds Polish letters and case: "lodz", "ŁÓDŹ" and "Łódź" find Łódź', async () => {
      for (const q of ['lodz', 'ŁÓDŹ', 'Łódź', 'LoDz'])
        assert.deepEqual(await names({ q }), ['Łódzki Klaster Mody'], q);
    });

    it('finds "Śląsk" from "slask"', async () => {
      assert.deepEqual(await names({ q: 'slask' }), ['Śląska Inicjatywa Wodorowa']);
    });

    it("searches the coordinator, the coordinator's city and the description too", async () => {
      assert.deepEqual(await names({ q: 'wodór' }), ['Śląska Inicjatywa Wodorowa']);
      assert.deepEqual(await names({ q: 'katowice' }), ['Śląska Inicjatywa Wodorowa']);
      assert.deepEqual(await names({ q: 'chmura' }), ['Mazowiecki Klaster Danych']);
    });

    it('finds inflected forms, and the last word as it is being typed', async () => {
      assert.deepEqual(await names({ q: 'klastrów mazowieckich' }), ['Mazowiecki Klaster Danych']);
      assert.deepEqual(await names({ q: 'klaster mazowi' }), ['Mazowiecki Klaster Danych']);
    });

    it('needs every word, in any order, and ignores punctuation', async () => {
      assert.deepEqual(await names({ q: 'mody, łódzki!' }), ['Łódzki Klaster Mody']);
      assert.deepEqual(await names({ q: 'mody lublin' }), []);
    });

    it('treats wildcards and query syntax as nothing special', async () => {
      assert.deepEqual(await names({ q: '%' }), await names({}));
      assert.deepEqual(await names({ q: '_łódzki*' }), ['Łódzki Klaster Mody']);
      assert.deepEqual(await names({ q: '"mody" OR NEAR(' }), []);
      assert.deepEqual(await names({ q: '100%' }), []);
    });

    it('never shows a cluster that is not published', async () => {
      assert.ok(!(await names({})).includes('Ukryty Klaster Łódzki'));
      assert.ok(!(await names({ q: 'ukryty' })).length);
    });
  });

  describe('filters', () => {
    it('by industry, any of the cluster’s industries', async () => {
      assert.deepEqual(await names({ industry: 'creative' }), [
        'Łańcucki Klaster Rzemiosła',
        'Łódzki Klaster Mody',
        'Sopocki Klaster Kultury',
      ]);
    });

    it("by the coordinator's voivodeship", async () => {
      assert.deepEqual(await names({ voivodeship: '14' }), ['Mazowiecki Klaster Danych']);
    });

    it('by category: KKK status valid today, management standards valid today', async () => {
      assert.deepEqual(await names({ category: 'kkk' }), ['Lubelski Klaster Ekologiczny']);
      assert.deepEqual(await names({ category: 'standards' }), ['Łódzki Klaster Mody']);
      assert.equal((await names({ category: 'registered' })).length, 7);
    });

    it('by current member count, leaving out profiles whose members are not known', async () => {
      assert.deepEqual(await names({ membersMin: 30 }), [
        'Lubelski Klaster Ekologiczny',
        'Mazowiecki Klaster Danych',
      ]);
      assert.deepEqual(await names({ membersMax: 8 }), [
        'Łańcucki Klaster Rzemiosła',
        'Śląska Inicjatywa Wodorowa',
      ]);
      assert.deepEqual(await names({ membersMin: 12, membersMax: 20 }), [
        'Łódzki Klaster Mody',
        'Sopocki Klaster Kultury',
      ]);
    });

    it('combines filters with search', async () => {
      assert.deepEqual(await names({ q: 'klaster', industry: 'creative', membersMin: 10 }), [
        'Łódzki Klaster Mody',
        'Sopocki Klaster Kultury',
      ]);
    });
  });

  describe('counts beside each option', () => {
    it('count every value under the other filters, and each facet ignores its own choice', async () => {
      const facets = await clusterFacets(database.db, { voivodeship: '10' }, TODAY);
      assert.deepEqual(Object.fromEntries(facets.industries), { textiles: 1, creative: 1 });
      assert.equal(facets.voivodeships.get('10'), 1);
      assert.equal(facets.voivodeships.get('06'), 1);
      assert.equal(facets.voivodeships.get('22'), 1);
      assert.deepEqual(facets.categories, { registered: 1, standards: 1, kkk: 0 });
    });

    it('match what choosing the option then lists', async () => {
      const facets = await clusterFacets(database.db, { q: 'klaster' }, TODAY);
      for (const [industry, count] of facets.industries) {
        assert.equal(
          (await names({ q: 'klaster', industry: industry as ClusterFilters['industry'] })).length,
          count,
          industry,
        );
      }
      for (const [voivodeship, count] of facets.voivodeships) {
        assert.equal(
          (await names({ q: 'klaster', voivodeship: voivodeship as ClusterFilters['voivodeship'] })).length,
          count,
        );
      }
      assert.equal(facets.noVoivodeship, 1);
      assert.equal(facets.categories.kkk, (await names({ q: 'klaster', category: 'kkk' })).length);
    });
  });

  describe('order and pages', () => {
    it('sorts names the Polish way: L, then Ł, then M; S before Ś', async () => {
      const all = await names({});
      assert.deepEqual(all, [
        'Lubelski Klaster Ekologiczny',
        'Łańcucki Klaster Rzemiosła',
        'Łódzki Klaster Mody',
        'Mazowiecki Klaster Danych',
        'Sopocki Klaster Kultury',
        'Śląska Inicjatywa Wodorowa',
        'Zachodni Klaster Znany z Nazwy',
      ]);
      assert.deepEqual(all, [...all].sort(new Intl.Collator('pl').compare));
    });

    it('sorts by current members, largest first, former members not counted', async () => {
      const items = (
        await searchClusters(database.db, { filters: {}, sort: 'members', today: TODAY, page: 1, perPage: 3 })
      ).items;
      assert.deepEqual(
        items.map((item) => [item.name, item.memberCount]),
        [
          ['Mazowiecki Klaster Danych', 50],
          ['Lubelski Klaster Ekologiczny', 30],
          ['Sopocki Klaster Kultury', 20],
        ],
      );
    });

    it('sorts by the date of entry, newest first', async () => {
      assert.deepEqual((await names({}, 'newest')).slice(0, 3), [
        'Mazowiecki Klaster Danych',
        'Lubelski Klaster Ekologiczny',
        'Śląska Inicjatywa Wodorowa',
      ]);
    });

    it('pages through every match once, with the total on each page', async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 4; page += 1) {
        const result = await searchClusters(database.db, {
          filters: {},
          sort: 'members',
          today: TODAY,
          page,
          perPage: 2,
        });
        assert.equal(result.total, 7);
        seen.push(...result.items.map((item) => item.name));
      }
      assert.equal(seen.length, 7);
      assert.equal(new Set(seen).size, 7);
    });

    it('describes each listed cluster with its industries and whether it holds KKK status today', async () => {
      const [lublin] = (
        await searchClusters(database.db, {
          filters: { q: 'lublin' },
          sort: 'name',
          today: TODAY,
          page: 1,
          perPage: 5,
        })
      ).items;
      assert.deepEqual(lublin?.industries, ['agriculture', 'food']);
      assert.equal(lublin?.kkk, true);
      assert.equal(lublin?.city, 'Lublin');
    });
  });
});
