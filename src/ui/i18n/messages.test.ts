import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MODULES } from '../../modules/index.ts';
import { en } from './en/index.ts';
import { cataloguesOf, translator } from './messages.ts';
import { pl } from './pl/index.ts';

describe('message catalogues', () => {
  it('have the same keys in Polish and English', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(pl).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (value: unknown) => [...new Set(JSON.stringify(value).match(/\{\w+\}/g))].sort();
    for (const key of Object.keys(pl) as (keyof typeof pl)[]) {
      assert.deepEqual(placeholders(en[key]), placeholders(pl[key]), key);
    }
  });

  it('choose Polish plural forms', () => {
    const t = translator('pl');
    assert.equal(t('home.clustersCount', { count: 1 }), '1 klaster w rejestrze');
    assert.equal(t('home.clustersCount', { count: 3 }), '3 klastry w rejestrze');
    assert.equal(t('home.clustersCount', { count: 5 }), '5 klastrów w rejestrze');
    assert.equal(t('home.clustersCount', { count: 22 }), '22 klastry w rejestrze');
    assert.equal(translator('en')('home.clustersCount', { count: 5 }), '5 clusters in the registry');
  });

  it('write numbers in the language: a decimal comma in Polish, identifiers without grouping', () => {
    const t = translator('pl');
    assert.equal(t('assessment.expert.mean', { mean: 76.5 }), 'Średnia łączna: 76,5 pkt.');
    assert.equal(translator('en')('assessment.expert.mean', { mean: 76.5 }), 'Mean total: 76.5 points.');
    assert.equal(t('admin.audit.deletedActor', { id: 12345 }), 'konto nr 12345 (usunięte)');
    assert.match(t('registry.profile.memberCount', { count: 12345 }), /12\u00a0345/);
  });
});

/**
 * A count written next to a word in a plain string ("{n} lat", "{rows} wierszy", "{actual} lat(a)")
 * is right for some numbers only: such texts take plural forms (`{ one, few, many, other }` with
 * `{count}`) or say the number as a value ("Liczba członków: {n}"). Abbreviations (pkt, MB, kB, min)
 * do not change with the number.
 */
const COUNTED_WORDS =
  /\{\w+\}\s+(?:\p{L}+\(\p{L}+\)|lat[a]?|rok|roku|miesiąc[ey]?|miesięcy|dni|dzień|tygodni[e]?|godzin[y]?|minut[y]?|znak[i]?|znaków|wiersz[ey]?|wierszy|członk(?:ów|owie)|klastr(?:y|ów)|przedsiębiorstw[a]?|ekspert(?:ów|y)|wniosk(?:i|ów)|os(?:ób|oby)|plik(?:i|ów)|kod(?:y|ów)|raz[y]?|organizacj[ie]|wydarze[ńn]\p{L}*)(?!\p{L})/u;

describe('the Polish catalogue', () => {
  it('has no plain string that counts with a fixed plural form', () => {
    const offenders = Object.entries(cataloguesOf(MODULES).pl)
      .filter(([, value]) => typeof value === 'string' && COUNTED_WORDS.test(value))
      .map(([key, value]) => `${key}: ${value}`);
    assert.deepEqual(offenders, []);
  });

  it('the scan catches the kinds of string it is for', () => {
    for (const text of [
      '{n} lat',
      'Klaster działa {actual} lat(a).',
      'Plik: {rows} wierszy danych.',
      'za {days} dni',
    ])
      assert.ok(COUNTED_WORDS.test(text), text);
    for (const text of ['{points} pkt', '{size} MB', 'Strona {page} z {pages}', 'Liczba członków: {n}'])
      assert.ok(!COUNTED_WORDS.test(text), text);
  });
});
