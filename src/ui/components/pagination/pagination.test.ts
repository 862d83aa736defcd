import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('pagination', () => {
  it('renders previous and next with the status between', () => {
    const html = compact(
      render('pagination', {
        previous: { href: '?strona=1' },
        next: { href: '?strona=3' },
        status: 'Strona 2 z 3',
      }),
    );
    assert.match(html, /<nav class="govuk-pagination govuk-pagination--block" aria-label="Stronicowanie">/);
    assert.match(html, /href="\?strona=1" rel="prev">/);
    assert.match(html, /Poprzednia strona/);
    assert.match(html, /Strona 2 z 3/);
  });
  it('marks the current page among numbered pages', () => {
    const html = render('pagination', {
      items: [
        { number: 1, href: '?s=1' },
        { number: 2, href: '?s=2', current: true },
      ],
    });
    assert.match(html, /aria-label="Strona 2" aria-current="page">2<\/a>/);
  });
  it('renders nothing for a single page', () => {
    assert.equal(render('pagination', {}).trim(), '');
  });
});
