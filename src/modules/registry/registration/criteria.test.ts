import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { signedInPerson } from '../../../../test/factories.ts';
import { checkQuestionnaire } from './questionnaire.ts';
import { RESERVED_SLUGS } from './reservedSlugs.ts';

const CRITERIA = [
  {
    code: 'agreement',
    kind: 'yes_no' as const,
    minimum: null,
    questionPl: 'Umowa?',
    questionEn: 'Agreement?',
  },
  {
    code: 'members_total',
    kind: 'number' as const,
    minimum: 10,
    questionPl: 'Ilu członków?',
    questionEn: 'How many members?',
  },
];

describe('the entry questionnaire check', () => {
  it('passes when every criterion is met, a number meeting its minimum exactly', () => {
    const check = checkQuestionnaire(CRITERIA, { agreement: 'tak', members_total: '10' }, 'pl');
    assert.equal(check.kind, 'passed');
  });

  it('names each unmet criterion with its reason, in the visitor’s language', () => {
    const check = checkQuestionnaire(CRITERIA, { agreement: false, members_total: 9 }, 'en');
    assert.equal(check.kind, 'failed');
    assert.deepEqual(
      check.kind === 'failed' && check.unmet.map((item) => [item.question, item.reason, item.answer]),
      [
        ['Agreement?', 'answeredNo', 0],
        ['How many members?', 'belowMinimum', 9],
      ],
    );
  });

  it('treats missing or malformed answers as field errors, not as a failure', () => {
    const check = checkQuestionnaire(CRITERIA, { agreement: 'może', members_total: '-3' }, 'pl');
    assert.deepEqual(check.kind === 'invalid' && Object.keys(check.errors), [
      'kryterium-agreement',
      'kryterium-members_total',
    ]);
  });
});

describe('the entry criteria, kept by operators', () => {
  let portal: TestApp;
  let operator: Awaited<ReturnType<typeof signedInPerson>>;

  before(async () => {
    portal = await testApp({ data: 'none' });
    operator = await signedInPerson(portal.app, ['operator']);
  });
  after(() => portal.close());

  it('start with the default set of the old map and the European platform', async () => {
    const criteria = await portal.app.db
      .selectFrom('entryCriteria')
      .select(['code', 'kind', 'minimum'])
      .orderBy('position')
      .execute();
    assert.deepEqual(criteria, [
      { code: 'agreement', kind: 'yes_no', minimum: null },
      { code: 'coordinator_legal_person', kind: 'yes_no', minimum: null },
      { code: 'members_total', kind: 'number', minimum: 10 },
      { code: 'members_enterprises', kind: 'number', minimum: 1 },
      { code: 'members_research', kind: 'number', minimum: 1 },
      { code: 'management_staff', kind: 'yes_no', minimum: null },
      { code: 'website', kind: 'yes_no', minimum: null },
    ]);
  });

  it('are edited by operators only', async () => {
    const person = await signedInPerson(portal.app, ['coordinator']);
    assert.equal((await person.visitor.get('/admin/kryteria')).statusCode, 403);
    assert.equal((await operator.visitor.get('/admin/kryteria')).statusCode, 200);
  });

  it('can be added, changed and switched off, each audited, and the questionnaire follows', async () => {
    const { visitor } = operator;
    await visitor.get('/admin/kryteria');
    const invalid = await visitor.post('/admin/kryteria', {
      kod: 'Zły kod',
      rodzaj: 'number',
      minimum: '',
      pytanie_pl: '',
      pytanie_en: 'Q',
      kolejnosc: '80',
      aktywne: 'tak',
    });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /href="#field-kod">Kod: 2–40 znaków/);
    assert.match(invalid.body, /href="#field-minimum">Podaj wartość minimalną/);
    assert.match(invalid.body, /href="#field-pytanie_pl">Wpisz pytanie/);
    const taken = await visitor.post('/admin/kryteria', {
      kod: 'website',
      rodzaj: 'yes_no',
      pytanie_pl: 'P',
      pytanie_en: 'Q',
      kolejnosc: '80',
      aktywne: 'tak',
    });
    assert.equal(taken.statusCode, 400);
    assert.match(taken.body, /Kryterium o tym kodzie już istnieje/);
    const added = await visitor.post('/admin/kryteria', {
      kod: 'activities_per_year',
      rodzaj: 'number',
      minimum: '3',
      pytanie_pl: 'Ile wspólnych działań klaster prowadzi w roku?',
      pytanie_en: 'How many joint activities a year?',
      kolejnosc: '80',
      aktywne: 'tak',
    });
    assert.equal(added.statusCode, 303);
    const website = await portal.app.db
      .selectFrom('entryCriteria')
      .select('id')
      .where('code', '=', 'website')
      .executeTakeFirstOrThrow();
    await visitor.get(`/admin/kryteria/${website.id}`);
    const off = await visitor.post(`/admin/kryteria/${website.id}`, {
      kod: 'website',
      rodzaj: 'yes_no',
      pytanie_pl: 'Czy klaster ma stronę internetową?',
      pytanie_en: 'Does the cluster have a website?',
      kolejnosc: '70',
      aktywne: 'nie',
    });
    assert.equal(off.statusCode, 303);
    const questionnaire = await operator.visitor.get('/klastry/rejestracja');
    assert.match(questionnaire.body, /Ile wspólnych działań klaster prowadzi w roku\?/);
    assert.doesNotMatch(questionnaire.body, /stronę internetową/);
    const audited = await portal.app.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityType', '=', 'entry_criterion')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audited.map((row) => row.action),
      ['registry.criterion_created', 'registry.criterion_updated'],
    );
  });

  it('ask the questionnaire in English to visitors who chose English', async () => {
    operator.visitor.cookies.set('lang', 'en');
    const page = await operator.visitor.get('/klastry/rejestracja');
    operator.visitor.cookies.delete('lang');
    assert.match(page.body, /<html lang="en"/);
    assert.match(page.body, /How many members does the cluster have\?/);
    assert.match(page.body, /Check the criteria/);
  });

  it('reserve every page address under /klastry and /moje-klastry, so no cluster can take one', async () => {
    // The route tree prints each top segment at one depth and its children one level further in.
    const staticSegments = new Set<string>();
    let top = '';
    for (const line of portal.app.printRoutes({ commonPrefix: false }).split('\n')) {
      const parent = /^ {4}[├└]── ([^\s(]+)/.exec(line);
      if (parent) top = parent[1] ?? '';
      const child = /^ {4}│ {3}[├└]── \/([a-z0-9-]+)[\s/(]/.exec(line);
      if (child?.[1] && (top === 'klastry' || top === 'moje-klastry')) staticSegments.add(child[1]);
    }
    assert.ok(staticSegments.has('mapa') && staticSegments.has('rejestracja'), [...staticSegments].join());
    for (const segment of staticSegments)
      assert.ok(RESERVED_SLUGS.has(segment), `/${segment} is a page but not a reserved slug`);
  });
});
