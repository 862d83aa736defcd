import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareText, formatCount, formatMoney, formatNumber, sortByLabel } from './formats.ts';

const YEARS = { one: 'rok', few: 'lata', many: 'lat', other: 'roku' };
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('Polish formats', () => {
  it('write numbers with a decimal comma and spaces between thousands', () => {
    assert.equal(formatNumber(420_000_000.5, 'pl'), nbsp('420 000 000,5'));
    assert.equal(formatNumber(76.5, 'pl'), '76,5');
    assert.equal(formatNumber(2026, 'pl'), '2026');
    assert.equal(formatNumber(76.5, 'en'), '76.5');
    assert.equal(formatMoney(1234.5, 'pl'), nbsp('1234,50 zł'));
  });

  it('choose the plural form by the Polish rules', () => {
    assert.equal(formatCount(1, YEARS, 'pl'), '1 rok');
    assert.equal(formatCount(3, YEARS, 'pl'), '3 lata');
    assert.equal(formatCount(5, YEARS, 'pl'), '5 lat');
    assert.equal(formatCount(12, YEARS, 'pl'), '12 lat');
    assert.equal(formatCount(22, YEARS, 'pl'), '22 lata');
    assert.equal(formatCount(1.5, YEARS, 'pl'), '1,5 roku');
  });

  it('order labels the Polish way: ł after l, ś after s, ź and ż after z', () => {
    const labels = [
      'zachodniopomorskie',
      'śląskie',
      'łódzkie',
      'dolnośląskie',
      'lubuskie',
      'żuławy',
      'źródło',
    ];
    assert.deepEqual(
      sortByLabel(
        labels.map((label) => ({ label })),
        'pl',
      ).map((option) => option.label),
      ['dolnośląskie', 'lubuskie', 'łódzkie', 'śląskie', 'zachodniopomorskie', 'źródło', 'żuławy'],
    );
    assert.ok(compareText('Łódź', 'Lublin', 'pl') > 0);
  });
});
