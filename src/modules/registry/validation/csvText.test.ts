import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, detectSeparator, parseCsv } from './csvText.ts';
import { windows1250 } from './testFiles.ts';

const POLISH = 'Zażółć gęślą jaźń ŁÓDŹ, Świętokrzyskie, Ńą';

describe('decoding an uploaded file', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    const withBom = decodeText(Buffer.from(`\uFEFF${POLISH}`, 'utf8'));
    const withoutBom = decodeText(Buffer.from(POLISH, 'utf8'));
    assert.deepEqual(withBom, { ok: true, text: POLISH, encoding: 'utf-8' });
    assert.deepEqual(withoutBom, { ok: true, text: POLISH, encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1250', () => {
    assert.deepEqual(decodeText(windows1250(POLISH)), { ok: true, text: POLISH, encoding: 'windows-1250' });
  });

  it('refuses a binary file, an XLSX workbook and UTF-16 text with their own messages', () => {
    const problem = (bytes: number[]) => {
      const decoded = decodeText(Buffer.from(bytes));
      return decoded.ok ? null : decoded.messageKey;
    };
    assert.equal(
      problem([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
      'registryValidation.file.notText',
    );
    assert.equal(problem([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'registryValidation.file.xlsx');
    assert.equal(problem([0xff, 0xfe, 0x6e, 0x00, 0x69, 0x00]), 'registryValidation.file.utf16');
  });
});

describe('detecting the separator', () => {
  it('takes the one that splits the header line into more cells', () => {
    assert.equal(detectSeparator('nazwa;nip;typ\r\n"A, B";1;2'), ';');
    assert.equal(detectSeparator('nazwa,nip,typ\n"A; B",1,2'), ',');
  });

  it('ignores separators inside quoted headers and falls back to Polish Excel’s semicolon', () => {
    assert.equal(detectSeparator('"nazwa, pełna";typ\n'), ';');
    assert.equal(detectSeparator('nazwa\na,b,c,d'), ';');
  });
});

describe('reading CSV records', () => {
  const records = (text: string, separator: ';' | ',' = ';') => {
    const parsed = parseCsv(text, separator);
    assert.ok(parsed.ok);
    return parsed.records;
  };

  it('splits lines ending in CRLF, LF or CR, without an extra record for the last line break', () => {
    assert.deepEqual(records('a;b\r\nc;d\ne;f\rg;h\r\n'), [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    assert.deepEqual(records('a;b'), [['a', 'b']]);
  });

  it('keeps separators, line breaks and doubled quotes inside quoted cells', () => {
    const text = '"Alfa; Beta";"Gamma, ""Delta""";"wiersz 1\r\nwiersz 2"\r\nx;"";y\r\n';
    assert.deepEqual(records(text), [
      ['Alfa; Beta', 'Gamma, "Delta"', 'wiersz 1\r\nwiersz 2'],
      ['x', '', 'y'],
    ]);
  });

  it('opens a quoted cell in any column and keeps a stray quote inside an unquoted one', () => {
    assert.deepEqual(records('a,"b,c",d\ne,f"g,h', ','), [
      ['a', 'b,c', 'd'],
      ['e', 'f"g', 'h'],
    ]);
  });

  it('keeps empty cells, blank lines and a trailing separator', () => {
    assert.deepEqual(records('a;;c;\r\n\r\n;\r\n'), [['a', '', 'c', ''], [''], ['', '']]);
  });

  it('refuses a quote that is never closed, naming the row where it opened', () => {
    assert.deepEqual(parseCsv('nazwa;typ\r\nA;uczelnia\r\n"B;inna\r\nC;inna\r\n', ';'), {
      ok: false,
      messageKey: 'registryValidation.file.unclosedQuote',
      params: { row: 3 },
    });
  });
});
