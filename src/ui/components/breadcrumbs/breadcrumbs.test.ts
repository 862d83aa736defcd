import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('breadcrumbs', () => {
  it('links up the hierarchy and marks the current page', () => {
    const html = compact(render('breadcrumbs', { items: [{ text: 'Start', href: '/' }, { text: 'Tu' }] }));
    assert.match(html, /<nav class="govuk-breadcrumbs" aria-label="Ścieżka nawigacji">/);
    assert.match(html, /<li class="govuk-breadcrumbs__list-item" aria-current="page">Tu<\/li>/);
  });
});
