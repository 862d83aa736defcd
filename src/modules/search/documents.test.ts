import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migratedDatabase, type TestDatabase } from '../../../test/database.ts';
import { systemClock } from '../../platform/clock.ts';
import { seedReference } from '../../seed/reference.ts';
import { indexDocument, removeDocument, searchDocuments } from './documents.ts';

describe('portal-wide search', () => {
  let database: TestDatabase;
  before(async () => {
    database = await migratedDatabase();
  });
  after(() => database.destroy());

  const find = async (q: string, visibilities: string[] = ['public'], locale: 'pl' | 'en' = 'pl') =>
    (await searchDocuments(database.db, { q, locale, visibilities })).hits.map(
      ({ kind, id, title, url }) => ({
        kind,
        id,
        title,
        url,
      }),
    );

  it('finds a document by any of its words, ignoring case and Polish letters (ł too)', async () => {
    await indexDocument(database.db, {
      kind: 'note',
      id: 1,
      title: 'Spotkanie w Łodzi',
      text: 'Kędzierzyn-Koźle i Gdańsk',
      url: '/notatki/1',
      locale: 'pl',
      visibility: 'public',
    });
    const hit = [{ kind: 'note', id: '1', title: 'Spotkanie w Łodzi', url: '/notatki/1' }];
    assert.deepEqual(await find('LODZI gdansk'), hit);
    assert.deepEqual(await find('kozle'), hit);
    assert.deepEqual(await find('lodzi poznan'), [], 'every word must occur');
    assert.deepEqual(await find('lodzi', ['public'], 'en'), [], 'in the searcher’s language only');
    assert.deepEqual(await find('%'), [], 'no wildcard from the query');
  });

  it('replaces a document indexed again and shows it only to those who may see it', async () => {
    const note = { kind: 'note', id: 2, text: '', url: '/notatki/2', locale: 'pl' as const };
    await indexDocument(database.db, { ...note, title: 'Stary tytuł', visibility: 'public' });
    await indexDocument(database.db, { ...note, title: 'Nowy tytuł', visibility: 'signedIn' });
    assert.deepEqual(await find('tytul'), []);
    assert.deepEqual(
      (await find('tytul', ['public', 'signedIn'])).map((hit) => hit.title),
      ['Nowy tytuł'],
    );
  });

  it('forgets a removed record in every language', async () => {
    for (const locale of ['pl', 'en'] as const) {
      await indexDocument(database.db, {
        kind: 'note',
        id: 3,
        title: 'Usuwana',
        text: '',
        url: '/notatki/3',
        locale,
        visibility: 'public',
      });
    }
    await removeDocument(database.db, 'note', 3);
    assert.deepEqual(await find('usuwana'), []);
    assert.deepEqual(await find('usuwana', ['public'], 'en'), []);
  });

  it('holds each published cluster of the registry, in both languages', async () => {
    await seedReference(database.db, systemClock);
    const { hits: polish } = await searchDocuments(database.db, {
      q: 'dolina lotnicza',
      locale: 'pl',
      visibilities: ['public'],
      kinds: ['cluster'],
    });
    assert.equal(polish.length, 1);
    assert.match(polish[0]?.url ?? '', /^\/klastry\/[a-z0-9-]+$/);
    const { hits: english } = await searchDocuments(database.db, {
      q: 'dolina lotnicza',
      locale: 'en',
      visibilities: ['public'],
      kinds: ['cluster'],
    });
    assert.deepEqual(
      english.map((hit) => hit.url),
      polish.map((hit) => hit.url),
    );
  });
});
