import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warsawToInstant } from '../../platform/time.ts';
import { warsawField } from './roundInput.ts';
import {
  LATEST_ROUND_RULES,
  ROUND_I_RULES,
  rulesFromTemplate,
  stageMaximum,
  totalMaximum,
  validateRules,
} from './rules.ts';
import { postedRulesForm, rulesFromForm, rulesToForm } from './rulesForm.ts';

describe('competition rules', () => {
  it('ship two templates that pass their own validation', () => {
    for (const template of [ROUND_I_RULES, LATEST_ROUND_RULES]) assert.ok('rules' in validateRules(template));
  });

  it('model the latest round as five areas, 150 points and a threshold of 100, with a panel stage', () => {
    assert.equal(LATEST_ROUND_RULES.areas.length, 5);
    assert.equal(totalMaximum(LATEST_ROUND_RULES), 150);
    assert.equal(LATEST_ROUND_RULES.thresholds.final, 100);
    assert.ok(stageMaximum(LATEST_ROUND_RULES, 'panel') > 0);
    assert.equal(LATEST_ROUND_RULES.eligibility.minYearsOperating, 3);
    assert.equal(LATEST_ROUND_RULES.eligibility.minMembers, 51);
    assert.equal(ROUND_I_RULES.areas.length, 4);
  });

  it('give a copy of a template, never the template itself', () => {
    const copy = rulesFromTemplate('LATEST_ROUND_RULES');
    copy.thresholds.final = 1;
    assert.equal(LATEST_ROUND_RULES.thresholds.final, 100);
  });

  it('refuse wrong shapes and inconsistent rules with the path of each problem', () => {
    const shape = validateRules({ ...LATEST_ROUND_RULES, divergenceShare: 2, expertsPerApplication: 'two' });
    assert.ok('errors' in shape);
    const paths = shape.errors.map((e) => e.path);
    assert.ok(paths.includes('/divergenceShare'));
    assert.ok(paths.includes('/expertsPerApplication'));

    const rules = rulesFromTemplate('LATEST_ROUND_RULES');
    const [first, second, third] = rules.criteria;
    assert.ok(first && second && third);
    rules.criteria[0] = { ...first, area: 'X' };
    rules.criteria[1] = { ...second, code: third.code };
    rules.thresholds.final = 151;
    rules.tieBreak = ['Q'];
    rules.validity = { kind: 'until', date: '2027-02-30' };
    const checked = validateRules(rules);
    assert.ok('errors' in checked);
    assert.deepEqual(checked.errors.map((e) => e.path).sort(), [
      '/criteria',
      '/criteria/0/area',
      '/thresholds/final',
      '/tieBreak/0',
      '/validity/date',
    ]);
  });

  it('drop unknown fields', () => {
    const checked = validateRules({ ...LATEST_ROUND_RULES, secret: 'x' });
    assert.ok('rules' in checked);
    assert.equal('secret' in checked.rules, false);
  });
});

describe('the rules editor', () => {
  const posted = (changes: Record<string, string>) => {
    const model = rulesToForm(rulesFromTemplate('LATEST_ROUND_RULES'));
    return rulesFromForm(
      postedRulesForm({
        ...model.values,
        areaRows: String(model.rows.area),
        criterionRows: String(model.rows.criterion),
        attachmentRows: String(model.rows.attachment),
        ...changes,
      }),
    );
  };

  it('shows the appeal rules, the defaults when a round has none, and saves them as chosen', () => {
    const model = rulesToForm(rulesFromTemplate('LATEST_ROUND_RULES'));
    assert.equal(model.values.appealReassessment, 'replaceDisputed');
    assert.equal(model.values.appealsPerApplication, '1');
    const saved = posted({ appealReassessment: 'addExpert', appealsPerApplication: '2' });
    assert.ok('rules' in saved);
    assert.deepEqual(saved.rules.appeals, { reassessment: 'addExpert', maxPerApplication: 2 });
  });

  it('refuses an appeal count that is not a number, or out of range, at its field', () => {
    const words = posted({ appealsPerApplication: 'dwa' });
    assert.ok('errors' in words);
    assert.equal(words.errors.appealsPerApplication, 'number');
    const tooMany = posted({ appealsPerApplication: '11' });
    assert.ok('errors' in tooMany);
    assert.ok(tooMany.errors.appealsPerApplication, 'shown beside the field');
  });
});

describe('round dates in Warsaw time', () => {
  it('store a winter and a summer wall-clock time as the right UTC instants', () => {
    assert.deepEqual(warsawField('2026-12-15T16:00', true), { instant: '2026-12-15T15:00:00.000Z' });
    assert.deepEqual(warsawField('2026-07-01T16:00', true), { instant: '2026-07-01T14:00:00.000Z' });
  });

  it('take the first (summer-time) 02:30 on 25 October 2026, when the hour repeats', () => {
    assert.deepEqual(warsawField('2026-10-25T02:30', true), { instant: '2026-10-25T00:30:00.000Z' });
    assert.equal(warsawToInstant('2026-10-25T03:30').toISOString(), '2026-10-25T02:30:00.000Z');
  });

  it('refuse 02:30 on 29 March 2026, which never happens in Warsaw', () => {
    assert.deepEqual(warsawField('2026-03-29T02:30', true), { error: 'nonexistentTime' });
  });

  it('refuse an empty required time and allow an empty optional one', () => {
    assert.deepEqual(warsawField('', true), { error: 'required' });
    assert.deepEqual(warsawField(' ', false), { instant: null });
    assert.deepEqual(warsawField('jutro', true), { error: 'dateTime' });
  });
});
