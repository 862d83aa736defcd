import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeComponent, render } from '../testing.ts';

describeComponent('header', () => {
  it("shows our wordmark and logo, never GOV.UK's", () => {
    const html = render('header', {});
    assert.match(html, /<span class="portal-logo__text">Portal Klastrów<\/span>/);
    assert.match(html, /<svg class="portal-logo__mark"[^>]*aria-hidden="true"/);
    assert.doesNotMatch(html, /GOV\.UK|crown/i);
  });
});
