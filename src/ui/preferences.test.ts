import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlClasses, preferenceChange, readPreferences, safeReturnPath } from './preferences.ts';

describe('display preferences', () => {
  it('default to Polish, normal text and the system contrast setting', () => {
    assert.deepEqual(readPreferences({}), { locale: 'pl', contrast: null, textSize: 'normal' });
    assert.equal(htmlClasses(readPreferences({})), 'text-normal');
  });

  it('ignore cookie values they do not know', () => {
    assert.deepEqual(readPreferences({ lang: 'de', kontrast: 'x', tekst: 'huge' }), readPreferences({}));
  });

  it('apply a chosen contrast and text size as classes', () => {
    assert.equal(
      htmlClasses(readPreferences({ kontrast: 'high', tekst: 'larger' })),
      'text-larger contrast-high',
    );
  });

  it('read one change from the switch link', () => {
    assert.deepEqual(preferenceChange({ kontrast: 'high' }), { cookie: 'kontrast', value: 'high' });
    assert.deepEqual(preferenceChange({ lang: 'en' }), { cookie: 'lang', value: 'en' });
    assert.equal(preferenceChange({ tekst: '<script>' }), undefined);
  });

  it('return only to paths on this site', () => {
    assert.equal(safeReturnPath('/klastry?strona=2'), '/klastry?strona=2');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/a\r\nSet-Cookie: x',
      42,
    ]) {
      assert.equal(safeReturnPath(bad), '/');
    }
  });
});
