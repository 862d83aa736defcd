import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('footer', () => {
  it('renders sections of links and the meta links', () => {
    const html = compact(
      render('footer', {
        sections: [{ heading: 'Kontakt', items: [{ href: 'mailto:a@b.pl', text: 'a@b.pl' }] }],
        meta: { items: [{ href: '/api/docs', text: 'API' }] },
      }),
    );
    assert.match(html, /<h2 class="govuk-footer__heading govuk-heading-m">Kontakt<\/h2>/);
    assert.match(html, /<a class="govuk-footer__link" href="mailto:a@b.pl">a@b.pl<\/a>/);
    assert.match(html, /<a class="govuk-footer__link" href="\/api\/docs">API<\/a>/);
  });
});
