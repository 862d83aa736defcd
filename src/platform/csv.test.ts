import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv, UTF8_BOM } from './csv.ts';

describe('CSV for spreadsheets', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    const csv = toCsv([
      ['nazwa', 'liczba'],
      ['Łódzki Klaster Mody', 12],
    ]);
    assert.ok(csv.startsWith(UTF8_BOM));
    assert.equal(csv.slice(1), 'nazwa;liczba\r\nŁódzki Klaster Mody;12\r\n');
  });

  it('quotes separators, quotes, line breaks and edge spaces, doubling quotes', () => {
    const csv = toCsv([['a;b', 'Klaster „Zielona Chemia” "ZC"', 'dwie\nlinie', ' spacja', null, true]]);
    assert.equal(csv.slice(1), '"a;b";"Klaster „Zielona Chemia” ""ZC""";"dwie\nlinie";" spacja";;1\r\n');
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    const csv = toCsv([['=HYPERLINK("http://evil")', '+48 58 123 45 67', '@SUM(A1)', -5]]);
    assert.equal(csv.slice(1), `"'=HYPERLINK(""http://evil"")";"'+48 58 123 45 67";"'@SUM(A1)";-5\r\n`);
  });
});
