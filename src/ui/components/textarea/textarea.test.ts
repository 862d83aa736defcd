import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeComponent, render } from '../testing.ts';

describeComponent('textarea', () => {
  it('states the limit without JavaScript and gives the script Polish plural forms', () => {
    const html = render('textarea', { name: 'opis', label: 'Opis', maxLength: 22 });
    assert.match(html, /data-module="govuk-character-count" data-maxlength="22"/);
    assert.match(html, /Możesz wpisać najwyżej 22 znaki\./);
    assert.match(html, /data-i18n\.characters-under-limit\.many="Zostało %\{count\} znaków"/);
    assert.match(html, /aria-describedby="field-opis-info"/);
  });
  it('escapes the text inside', () => {
    assert.match(
      render('textarea', { name: 'o', label: 'O', value: '</textarea><script>' }),
      /&lt;\/textarea&gt;&lt;script&gt;<\/textarea>/,
    );
  });
});
