import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('errorSummary', () => {
  it('lists the errors in the given order as links to the fields, inside role=alert', () => {
    const html = compact(
      render('errorSummary', { errors: { nazwa: 'Podaj nazwę.', email: 'Podaj e-mail.' } }),
    );
    assert.match(
      html,
      /<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1"><div role="alert"><h2 class="govuk-error-summary__title">Popraw błędy w formularzu<\/h2>/,
    );
    assert.match(
      html,
      /<li><a href="#field-nazwa">Podaj nazwę\.<\/a><\/li><li><a href="#field-email">Podaj e-mail\.<\/a><\/li>/,
    );
  });
  it('renders nothing without errors', () => {
    assert.equal(render('errorSummary', { errors: {} }).trim(), '');
  });
});
