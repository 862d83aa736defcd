import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_FILE_BYTES, MAX_MEMBER_ROWS, parseMembersFile } from './membersCsv.ts';
import { utf8Csv } from './testFiles.ts';

function refusal(file: Uint8Array) {
  const result = parseMembersFile(file);
  assert.equal(result.kind, 'refused');
  const { kind: _kind, ...problem } = result;
  return problem;
}

const HEADER = 'nazwa;nip;regon;krs;typ;wielkość;województwo;miejscowość;data przystąpienia';

describe('files refused as a whole', () => {
  it('refuses an empty file and one with only a header', () => {
    assert.deepEqual(refusal(Buffer.alloc(0)), { messageKey: 'registryValidation.file.empty' });
    assert.deepEqual(refusal(utf8Csv([' '])), { messageKey: 'registryValidation.file.empty' });
    assert.deepEqual(refusal(utf8Csv([HEADER, ';;;;;;;;'])), {
      messageKey: 'registryValidation.file.noRows',
    });
  });

  it('refuses a binary file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    assert.deepEqual(refusal(png), { messageKey: 'registryValidation.file.notText' });
  });

  it('refuses a file over the size or row limit', () => {
    assert.deepEqual(refusal(Buffer.alloc(MAX_FILE_BYTES + 1, 'a')), {
      messageKey: 'registryValidation.file.tooLarge',
      params: { maxMegabytes: 5 },
    });
    const rows = Array.from({ length: MAX_MEMBER_ROWS + 1 }, (_, index) => `Firma ${index};inna`);
    assert.deepEqual(refusal(utf8Csv(['nazwa;typ', ...rows])), {
      messageKey: 'registryValidation.file.tooManyRows',
      params: { max: MAX_MEMBER_ROWS },
    });
  });

  it('refuses a header without a required column or with a column twice', () => {
    assert.deepEqual(refusal(utf8Csv(['nazwa;nip', 'Alfa;1234563218'])), {
      messageKey: 'registryValidation.file.missingColumn',
      params: { column: 'typ' },
    });
    assert.deepEqual(refusal(utf8Csv(['nazwa;typ;Name', 'Alfa;inna;Alfa'])), {
      messageKey: 'registryValidation.file.repeatedColumn',
      params: { column: 'nazwa' },
    });
  });
});
