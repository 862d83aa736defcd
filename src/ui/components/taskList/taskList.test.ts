import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('taskList', () => {
  it('links the steps that can be started and describes each by its status', () => {
    const html = compact(
      render('taskList', {
        idPrefix: 'w',
        items: [
          { title: 'Dane', href: '#d', status: { text: 'Ukończone' } },
          { title: 'Złożenie', status: { text: 'Niedostępne' } },
        ],
      }),
    );
    assert.match(
      html,
      /<a class="govuk-link govuk-task-list__link" href="#d" aria-describedby="w-1-status">Dane<\/a>/,
    );
    assert.match(html, /govuk-task-list__status--cannot-start-yet" id="w-2-status">Niedostępne/);
  });
});
