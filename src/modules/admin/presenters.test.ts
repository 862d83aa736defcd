import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCALES, translator } from '../../ui/i18n/messages.ts';
import { AUDIT_ACTIONS } from '../index.ts';
import { actionLabel } from './presenters.ts';

describe('the audit log’s action labels', () => {
  for (const locale of LOCALES) {
    const t = translator(locale);

    it(`name every recorded action in words in ${locale}, never by its code`, () => {
      for (const action of AUDIT_ACTIONS) {
        const label = actionLabel(action, t);
        assert.notEqual(label, action, `${action} has a label in ${locale}`);
        assert.doesNotMatch(label, /^admin\.action\./, `${action} has a label in ${locale}`);
      }
    });

    it(`give no two actions the same label in ${locale}, so the filter’s choices can be told apart`, () => {
      const labels = AUDIT_ACTIONS.map((action) => actionLabel(action, t));
      assert.equal(new Set(labels).size, labels.length);
    });
  }

  it('shows the code of an action this version does not know', () => {
    assert.equal(actionLabel('cluster.renamed_long_ago', translator('pl')), 'cluster.renamed_long_ago');
  });
});
