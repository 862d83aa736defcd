import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeComponent, render } from '../testing.ts';

describeComponent('notificationBanner', () => {
  it('announces success as an alert and information as a region', () => {
    assert.match(
      render('notificationBanner', { type: 'success', text: 'Zapisano.' }),
      /govuk-notification-banner--success" role="alert"/,
    );
    assert.match(
      render('notificationBanner', { text: 'Uwaga.' }),
      /class="govuk-notification-banner" role="region"[\s\S]*>Ważne<\/h2>/,
    );
  });
  it('escapes text but not trusted html', () => {
    assert.match(render('notificationBanner', { text: '<b>x</b>' }), /&lt;b&gt;x/);
    assert.match(
      render('notificationBanner', { html: '<p class="govuk-body">y</p>' }),
      /<p class="govuk-body">y<\/p>/,
    );
  });
});
