import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from './en/index.ts';
import { translator } from './messages.ts';
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
});
