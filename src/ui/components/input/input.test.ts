import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('input', () => {
  it('links the label, hint and error to the field, with the hidden error prefix', () => {
    const html = compact(
      render('input', { name: 'email', label: 'E-mail', hint: 'Podpowiedź', error: 'Podaj adres.' }),
    );
    assert.match(html, /<label class="govuk-label" for="field-email">E-mail<\/label>/);
    assert.match(html, /<span class="govuk-visually-hidden">Błąd:<\/span> Podaj adres\./);
    assert.match(html, /aria-describedby="hint-email error-email" aria-invalid="true"/);
    assert.match(html, /govuk-form-group--error/);
    assert.match(compact(render('input', { name: 'email', label: 'E-mail', error: 'x' }, 'en')), /Error:/);
  });
  it('marks optional fields, not required ones', () => {
    assert.match(
      render('input', { name: 'www', label: 'WWW', optional: true }),
      /WWW \(opcjonalnie\)<\/label>/,
    );
    assert.match(
      render('input', { name: 'www', label: 'WWW', optional: true }, 'en'),
      /WWW \(optional\)<\/label>/,
    );
  });
  it('escapes values and never echoes a password', () => {
    assert.match(
      render('input', { name: 'n', label: 'N', value: '"><script>' }),
      /value="&quot;&gt;&lt;script&gt;"/,
    );
    assert.doesNotMatch(
      render('input', { name: 'p', label: 'P', type: 'password', value: 'tajne' }),
      /tajne/,
    );
  });
});
