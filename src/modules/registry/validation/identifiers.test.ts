import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  krsProblem,
  nipProblem,
  normaliseKrs,
  normaliseNip,
  normaliseRegon,
  normaliseTerytVoivodeship,
  regonProblem,
  terytVoivodeshipProblem,
} from './identifiers.ts';

// Valid numbers below were computed by hand from the weights, e.g. NIP 123456321?:
// 1·6+2·5+3·7+4·2+5·3+6·4+3·5+2·6+1·7 = 118, 118 mod 11 = 8 → 1234563218.
describe('NIP', () => {
  it('accepts valid numbers however people write them', () => {
    for (const nip of ['1234563218', '7270025315', '9510004326', '5342000000', '6771130086']) {
      assert.equal(nipProblem(nip), null, nip);
    }
    for (const nip of [
      '123-456-32-18',
      '123 456 32 18',
      'PL1234563218',
      'pl 123-45-63-218',
      '123-45-63-218',
    ]) {
      assert.equal(nipProblem(nip), null, nip);
      assert.equal(normaliseNip(nip), '1234563218');
    }
  });

  it('refuses a wrong check digit, including a number whose remainder would be 10', () => {
    assert.equal(nipProblem('1234563219'), 'registryValidation.nip.checksum');
    assert.equal(nipProblem('1234563281'), 'registryValidation.nip.checksum');
    for (let last = 0; last <= 9; last++) {
      assert.equal(nipProblem(`526000013${last}`), 'registryValidation.nip.checksum');
    }
  });

  it('refuses the wrong length, letters and all zeros', () => {
    assert.equal(nipProblem('123456321'), 'registryValidation.nip.length');
    assert.equal(nipProblem('12345632180'), 'registryValidation.nip.length');
    assert.equal(nipProblem(''), 'registryValidation.nip.length');
    assert.equal(nipProblem('12345G3218'), 'registryValidation.nip.characters');
    assert.equal(nipProblem('DE1234563218'), 'registryValidation.nip.characters');
    assert.equal(nipProblem('0000000000'), 'registryValidation.nip.zeros');
  });
});

describe('REGON', () => {
  it('accepts valid 9-digit numbers, a remainder of 10 counting as 0', () => {
    for (const regon of ['123456785', '010401197', '361245839', '361000180']) {
      assert.equal(regonProblem(regon), null, regon);
    }
    assert.equal(normaliseRegon('123-456-785'), '123456785');
  });

  it('accepts valid 14-digit numbers of local units', () => {
    assert.equal(regonProblem('12345678500010'), null);
    assert.equal(regonProblem('12345678512347'), null);
  });

  it('refuses a wrong check digit in either form', () => {
    assert.equal(regonProblem('123456786'), 'registryValidation.regon.checksum');
    assert.equal(regonProblem('361000181'), 'registryValidation.regon.checksum');
    assert.equal(regonProblem('12345678500011'), 'registryValidation.regon.checksum');
  });

  it('refuses a 14-digit number whose first nine digits are not a valid REGON', () => {
    // 1234567860001?: the 14-digit check alone would pass with the right last digit.
    const withoutParent = '1234567860001';
    const weights = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];
    const sum = weights.reduce((total, weight, index) => total + weight * Number(withoutParent[index]), 0);
    assert.equal(regonProblem(`${withoutParent}${(sum % 11) % 10}`), 'registryValidation.regon.checksum');
  });

  it('refuses the wrong length, letters and all zeros', () => {
    assert.equal(regonProblem('12345678'), 'registryValidation.regon.length');
    assert.equal(regonProblem('1234567850'), 'registryValidation.regon.length');
    assert.equal(regonProblem('12345678A'), 'registryValidation.regon.characters');
    assert.equal(regonProblem('000000000'), 'registryValidation.regon.zeros');
    assert.equal(regonProblem('00000000000000'), 'registryValidation.regon.zeros');
  });
});

describe('KRS', () => {
  it('accepts ten digits and pads a number written without its leading zeros', () => {
    assert.equal(krsProblem('0000012345'), null);
    assert.equal(krsProblem('KRS 12345'), null);
    assert.equal(normaliseKrs('KRS 12345'), '0000012345');
    assert.equal(normaliseKrs('0000 012 345'), '0000012345');
  });

  it('refuses too many digits, letters and all zeros', () => {
    assert.equal(krsProblem('00000123456'), 'registryValidation.krs.length');
    assert.equal(krsProblem(''), 'registryValidation.krs.length');
    assert.equal(krsProblem('00000I2345'), 'registryValidation.krs.characters');
    assert.equal(krsProblem('0000000000'), 'registryValidation.krs.zeros');
    assert.equal(krsProblem('0'), 'registryValidation.krs.zeros');
  });
});

describe('TERYT voivodeship code', () => {
  it('accepts the sixteen even codes 02…32', () => {
    const codes = Array.from({ length: 16 }, (_, index) => String(2 * (index + 1)).padStart(2, '0'));
    for (const code of codes) assert.equal(terytVoivodeshipProblem(code), null, code);
  });

  it('forgives a leading zero a spreadsheet dropped', () => {
    assert.equal(normaliseTerytVoivodeship('2'), '02');
    assert.equal(terytVoivodeshipProblem('2'), null);
  });

  it('refuses odd, out-of-range and malformed codes', () => {
    for (const code of ['00', '01', '03', '31', '34', '99']) {
      assert.equal(terytVoivodeshipProblem(code), 'registryValidation.teryt.unknown', code);
    }
    for (const code of ['', '1a', '140', 'mazowieckie']) {
      assert.equal(terytVoivodeshipProblem(code), 'registryValidation.teryt.format', code);
    }
  });
});
