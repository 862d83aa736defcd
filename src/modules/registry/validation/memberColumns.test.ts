import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../../ui/i18n/messages.ts';
import { COLUMNS, fieldOfHeader, MEMBER_FIELDS, membersTemplateCsv } from './memberColumns.ts';
import { parseMembersFile } from './membersCsv.ts';

describe('the documented columns', () => {
  it('describe every field once, in both languages', () => {
    assert.deepEqual(
      COLUMNS.map((column) => column.field),
      [...MEMBER_FIELDS],
    );
    for (const locale of ['pl', 'en'] as const) {
      const t = translator(locale);
      for (const column of COLUMNS) assert.notEqual(t(column.descriptionKey), column.descriptionKey);
    }
  });

  it('match headers whatever their case, diacritics or word separators', () => {
    assert.equal(fieldOfHeader('WOJEWÓDZTWO'), 'voivodeship');
    assert.equal(fieldOfHeader('wojewodztwo'), 'voivodeship');
    assert.equal(fieldOfHeader(' Data_Przystapienia '), 'joinedOn');
    assert.equal(fieldOfHeader('data-przystąpienia'), 'joinedOn');
    assert.equal(fieldOfHeader('Tax ID'), 'nip');
    assert.equal(fieldOfHeader('Miejscowosc'), 'city');
    assert.equal(fieldOfHeader('uwagi'), null);
  });
});

describe('the template', () => {
  it('opens in Polish Excel (BOM, semicolons) and its example row imports without errors', () => {
    const template = membersTemplateCsv();
    assert.ok(
      template.startsWith(
        '\uFEFFnazwa;nip;regon;krs;typ;wielkość;województwo;miejscowość;data przystąpienia\r\n',
      ),
    );
    const result = parseMembersFile(Buffer.from(template, 'utf8'));
    assert.equal(result.kind, 'preview');
    assert.deepEqual(result.kind === 'preview' && result.errors, []);
    assert.equal(result.kind === 'preview' && result.members[0]?.name, 'Przykładowa Firma sp. z o.o.');
  });

  it('can be only the header', () => {
    assert.equal(membersTemplateCsv({ withExample: false }).split('\r\n').length, 2);
  });
});
