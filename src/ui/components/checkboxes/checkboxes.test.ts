import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compact, describeComponent, render } from '../testing.ts';

describeComponent('checkboxes', () => {
  it('ticks the values given and marks an exclusive box', () => {
    const html = compact(
      render('checkboxes', {
        name: 'b',
        legend: 'Branże',
        values: ['x'],
        items: [
          { value: 'x', text: 'X' },
          { value: 'n', text: 'Żadne', exclusive: true },
        ],
      }),
    );
    assert.match(html, /id="field-b" name="b" type="checkbox" value="x" checked>/);
    assert.match(html, /value="n" data-behaviour="exclusive">/);
    assert.match(html, /data-module="govuk-checkboxes"/);
  });
  it('escapes item text', () => {
    assert.match(
      render('checkboxes', { name: 'b', legend: 'L', items: [{ value: '1', text: '<i>x</i>' }] }),
      /&lt;i&gt;x&lt;\/i&gt;/,
    );
  });
});
