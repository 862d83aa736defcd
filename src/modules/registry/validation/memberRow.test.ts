import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Cells, MAX_NAME_LENGTH, validateMemberRow, voivodeshipCodeOf } from './memberRow.ts';

function errorsOf(cells: Cells) {
  const result = validateMemberRow(cells, 7);
  return 'errors' in result ? result.errors.map(({ column, messageKey }) => `${column}: ${messageKey}`) : [];
}

describe('one row of a members file', () => {
  it('requires a name and a type', () => {
    assert.deepEqual(errorsOf({ name: '  ', type: '' }), [
      'name: registryValidation.name.required',
      'type: registryValidation.type.required',
    ]);
  });

  it('refuses an unknown type or size and names the column', () => {
    assert.deepEqual(errorsOf({ name: 'Alfa', type: 'spółdzielnia', size: 'olbrzymie' }), [
      'type: registryValidation.type.unknown',
      'size: registryValidation.size.unknown',
    ]);
  });

  it('refuses markup and over-long text, and tidies white space in names', () => {
    assert.deepEqual(errorsOf({ name: '<script>alert(1)</script>', type: 'inna', city: 'x'.repeat(101) }), [
      'name: registryValidation.text.markup',
      'city: registryValidation.text.tooLong',
    ]);
    assert.deepEqual(errorsOf({ name: 'a'.repeat(MAX_NAME_LENGTH + 1), type: 'inna' }), [
      'name: registryValidation.text.tooLong',
    ]);
    const result = validateMemberRow({ name: '  Alfa \n  Beta ', type: 'IOB' }, 2);
    assert.ok('member' in result);
    assert.equal(result.member.name, 'Alfa Beta');
    assert.equal(result.member.type, 'business_support');
  });

  it('accepts the size of an enterprise and refuses it for any other type', () => {
    assert.deepEqual(errorsOf({ name: 'Alfa', type: 'przedsiebiorstwo', size: 'Średnie' }), []);
    assert.deepEqual(errorsOf({ name: 'Instytut', type: 'instytut badawczy', size: 'małe' }), [
      'size: registryValidation.size.onlyEnterprise',
    ]);
  });

  it('refuses impossible dates in either format', () => {
    for (const date of ['2023-02-29', '31.04.2024', '2024/03/15', '15-03-2024', 'wczoraj']) {
      assert.deepEqual(errorsOf({ name: 'Alfa', type: 'inna', joinedOn: date }), [
        'joinedOn: registryValidation.date.invalid',
      ]);
    }
    assert.deepEqual(errorsOf({ name: 'Alfa', type: 'inna', joinedOn: '29.02.2024' }), []);
  });
});

describe('a voivodeship written in a members file', () => {
  it('is found by TERYT code, Polish name with or without "woj." and English name', () => {
    assert.equal(voivodeshipCodeOf('2'), '02');
    assert.equal(voivodeshipCodeOf('32'), '32');
    assert.equal(voivodeshipCodeOf('Kujawsko-Pomorskie'), '04');
    assert.equal(voivodeshipCodeOf('woj. zachodniopomorskie'), '32');
    assert.equal(voivodeshipCodeOf('Województwo Świętokrzyskie'), '26');
    assert.equal(voivodeshipCodeOf('swietokrzyskie'), '26');
    assert.equal(voivodeshipCodeOf('Greater Poland Voivodeship'), '30');
  });

  it('is not guessed from a region, a city or an odd code', () => {
    for (const value of ['Mazury', 'Warszawa', '33', '01', 'Śląsk'])
      assert.equal(voivodeshipCodeOf(value), null, value);
  });
});
