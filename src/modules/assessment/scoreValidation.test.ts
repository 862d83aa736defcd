import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Criterion } from '../competition/rules.ts';
import { entriesFromForm, scoreSheetErrors } from './scoreValidation.ts';

const criterion = (code: string, maxPoints: number): Criterion => ({
  code,
  area: 'A',
  namePl: code,
  nameEn: code,
  guidancePl: '',
  guidanceEn: '',
  maxPoints,
  stage: 'stage1',
});
const criteria = [criterion('A1', 10), criterion('A2', 5)];
const long = 'Uzasadnienie wystarczająco długie.';

describe('score sheet', () => {
  it('accepts whole points within each maximum with long enough justifications', () => {
    const errors = scoreSheetErrors(
      criteria,
      { A1: { points: 10, justification: long }, A2: { points: 0, justification: long } },
      { minJustificationLength: 20, complete: true },
    );
    assert.deepEqual(errors, {});
  });

  it('names each field that is wrong', () => {
    const errors = scoreSheetErrors(
      criteria,
      { A1: { points: 11, justification: 'krótko' }, A2: { points: null, justification: long } },
      { minJustificationLength: 20, complete: true },
    );
    assert.deepEqual(errors, {
      'points-A1': 'assessment.error.pointsRange',
      'justification-A1': 'assessment.error.justificationShort',
      'points-A2': 'assessment.error.pointsMissing',
    });
  });

  it('lets a draft leave fields empty but never hold impossible points', () => {
    const form = { 'points-A1': '2.5', 'points-A2': '', 'justification-A2': 'x' };
    const entries = entriesFromForm(criteria, form);
    assert.deepEqual(scoreSheetErrors(criteria, entries, { minJustificationLength: 20, complete: false }), {
      'points-A1': 'assessment.error.pointsRange',
    });
    assert.equal(entries.A2?.points, null);
  });

  it('counts characters, not bytes, of a Polish justification', () => {
    const errors = scoreSheetErrors(
      criteria.slice(0, 1),
      { A1: { points: 1, justification: 'ąęłńóśźż' } },
      { minJustificationLength: 8, complete: true },
    );
    assert.deepEqual(errors, {});
  });
});
