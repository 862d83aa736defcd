import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('tabs', () => {
  it('renders links to the panels, which show one after another without JavaScript', () => {
    const html = compact(
      render('tabs', {
        items: [
          { id: 'a', label: 'A', html: '<p>1</p>' },
          { id: 'b', label: 'B', html: '<p>2</p>' },
        ],
      }),
    );
    assert.match(html, /<a class="govuk-tabs__tab" href="#a">A<\/a>/);
    assert.match(html, /<div class="govuk-tabs__panel govuk-tabs__panel--hidden" id="b"><p>2<\/p><\/div>/);
  });
});
