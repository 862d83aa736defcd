import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('serviceNavigation', () => {
  it('marks the current section and offers a Menu link that works without JavaScript', () => {
    const html = compact(
      render('serviceNavigation', {
        items: [
          { href: '/klastry', text: 'Klastry', current: true },
          { href: '/o-projekcie', text: 'About', lang: 'en' },
        ],
      }),
    );
    assert.match(
      html,
      /<nav aria-label="Menu główne" class="govuk-service-navigation__wrapper" id="menu"><a class="portal-menu-link" href="#menu">Menu<\/a>/,
    );
    assert.match(
      html,
      /<button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden aria-hidden="true">/,
    );
    assert.match(
      html,
      /href="\/klastry" aria-current="page"><strong class="govuk-service-navigation__active-fallback">Klastry<\/strong>/,
    );
    assert.match(html, /href="\/o-projekcie" lang="en">About<\/a>/);
  });
});
