import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText, polishSortKey, searchableText, slugify } from './text.ts';

describe('Polish text', () => {
  it('sorts by key exactly as the Polish collator orders names', () => {
    const names = [
      'Żyrardów',
      'Zabrze',
      'Łódź',
      'Lublin',
      'Łańcut',
      'Ćmielów',
      'Cieszyn',
      'Śląsk',
      'Sopot',
      'ósemka',
      'Opole',
      'ąb',
      'Ab',
      'Źródło',
      'Zamość',
    ];
    const byKey = [...names].sort((a, b) => (polishSortKey(a) < polishSortKey(b) ? -1 : 1));
    const byCollator = [...names].sort(new Intl.Collator('pl').compare);
    assert.deepEqual(byKey, byCollator);
  });

  it('folds case and every Polish diacritic, ł included', () => {
    assert.equal(foldText('Łódź Żółć ĄĘŚĆŃ'), 'lodz zolc aescn');
  });

  it('makes readable slugs', () => {
    assert.equal(
      slugify('Zachodniopomorski Klaster Chemiczny „Zielona Chemia”'),
      'zachodniopomorski-klaster-chemiczny-zielona-chemia',
    );
  });

  it('makes searchable text: folded words, single spaces, no punctuation or LIKE wildcards', () => {
    assert.equal(
      searchableText('Klaster „Kędzierzyn-Koźle”', null, 'ŁÓDŹ', undefined, '100% _Śląsk_'),
      'klaster kedzierzyn kozle lodz 100 slask',
    );
    assert.equal(searchableText('   '), '');
  });
});
