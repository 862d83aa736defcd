import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeComponent, render } from '../testing.ts';

describeComponent('button', () => {
  it('renders the variants with govuk-frontend classes', () => {
    assert.match(
      render('button', { text: 'Zapisz' }),
      /<button type="submit" class="govuk-button" data-module="govuk-button">Zapisz<\/button>/,
    );
    assert.match(
      render('button', { text: 'Usuń', variant: 'warning' }),
      /class="govuk-button govuk-button--warning"/,
    );
    assert.match(
      render('button', { text: 'Wróć', variant: 'secondary' }),
      /class="govuk-button govuk-button--secondary"/,
    );
  });
  it('renders a link as a button and escapes its text', () => {
    const html = render('button', { text: '<b>Start</b>', href: '/konkurs?a=1&b=2' });
    assert.match(
      html,
      /<a href="\/konkurs\?a=1&amp;b=2" role="button" draggable="false" class="govuk-button"/,
    );
    assert.match(html, /&lt;b&gt;Start&lt;\/b&gt;/);
  });
});
