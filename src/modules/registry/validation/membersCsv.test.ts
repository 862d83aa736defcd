import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MembersPreview, parseMembersFile } from './membersCsv.ts';
import { utf8Csv, windows1250 } from './testFiles.ts';

function preview(file: Uint8Array, options = {}): MembersPreview {
  const result = parseMembersFile(file, options);
  assert.equal(result.kind, 'preview', JSON.stringify(result));
  return result as MembersPreview;
}

const HEADER = 'nazwa;nip;regon;krs;typ;wielkość;województwo;miejscowość;data przystąpienia';

describe('a members file in UTF-8 with semicolons', () => {
  it('gives every row as a typed member, identifiers normalised', () => {
    const file = utf8Csv([
      HEADER,
      'Alfa Tech sp. z o.o.;123-456-32-18;123456785;KRS 12345;przedsiębiorstwo;małe;mazowieckie;Warszawa;2024-03-15',
      'Politechnika Przykładowa;PL 727 002 53 15;;;uczelnia;;14;Radom;05.03.2023',
    ]);
    const result = preview(file);
    assert.equal(result.encoding, 'utf-8');
    assert.equal(result.separator, ';');
    assert.equal(result.rowCount, 2);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.members, [
      {
        row: 2,
        name: 'Alfa Tech sp. z o.o.',
        nip: '1234563218',
        regon: '123456785',
        krs: '0000012345',
        type: 'enterprise',
        size: 'small',
        voivodeship: '14',
        city: 'Warszawa',
        joinedOn: '2024-03-15',
      },
      {
        row: 3,
        name: 'Politechnika Przykładowa',
        nip: '7270025315',
        regon: null,
        krs: null,
        type: 'university',
        size: null,
        voivodeship: '14',
        city: 'Radom',
        joinedOn: '2023-03-05',
      },
    ]);
  });
});

describe('a members file from Polish Excel in Windows-1250', () => {
  it('reads the Polish letters of headers and values', () => {
    const file = windows1250(
      [
        'Nazwa,NIP,Typ,Wielkość,Województwo,Miejscowość,Data przystąpienia',
        'Zakład Łożysk Źródło,9510004326,przedsiębiorstwo,średnie,łódzkie,Łódź,1.2.2022',
        'Śląska Fundacja Żagiel,,organizacja pozarządowa,,śląskie,Częstochowa,',
        'Urząd Gminy Ńewiem,,administracja publiczna,,świętokrzyskie,Kielce,',
      ].join('\r\n'),
    );
    const result = preview(file);
    assert.equal(result.encoding, 'windows-1250');
    assert.equal(result.separator, ',');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.members.map(({ name, type, size, voivodeship, city, joinedOn }) => ({
        name,
        type,
        size,
        voivodeship,
        city,
        joinedOn,
      })),
      [
        {
          name: 'Zakład Łożysk Źródło',
          type: 'enterprise',
          size: 'medium',
          voivodeship: '10',
          city: 'Łódź',
          joinedOn: '2022-02-01',
        },
        {
          name: 'Śląska Fundacja Żagiel',
          type: 'ngo',
          size: null,
          voivodeship: '24',
          city: 'Częstochowa',
          joinedOn: null,
        },
        {
          name: 'Urząd Gminy Ńewiem',
          type: 'public_administration',
          size: null,
          voivodeship: '26',
          city: 'Kielce',
          joinedOn: null,
        },
      ],
    );
  });
});

describe('a comma-separated file with quoted cells and English headers', () => {
  it('keeps commas, quotes and line breaks inside names and counts rows as Excel shows them', () => {
    const file = utf8Csv(
      [
        'Name,Tax ID,TYPE,Size,Voivodeship,City,Joined on,Notes',
        '"Beta, Gamma ""Delta"" S.A.",6771130086,Enterprise,LARGE,Lesser Poland,Kraków,2020-01-31,"our note, long"',
        '',
        '"Instytut\nBadań",,Research Institute,,Łódź Province,,,',
      ],
      { bom: false, newline: '\n' },
    );
    const result = preview(file);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.ignoredColumns, ['Notes']);
    assert.equal(result.rowCount, 2);
    const [beta, institute] = result.members;
    assert.equal(beta?.name, 'Beta, Gamma "Delta" S.A.');
    assert.equal(beta?.size, 'large');
    assert.equal(beta?.voivodeship, '12');
    assert.equal(institute?.row, 4);
    assert.equal(institute?.name, 'Instytut Badań');
    assert.equal(institute?.type, 'research_institute');
    assert.equal(institute?.voivodeship, '10');
  });
});

describe('a broken members file', () => {
  it('reports each problem at its row and column and keeps only the sound rows', () => {
    const file = utf8Csv([
      HEADER,
      'Alfa;1234563218;;;przedsiębiorstwo;mikro;mazowieckie;;',
      'Beta;1234563219;;;przedsiębiorstwo;;mazowieckie;;',
      'Gamma;;;;uczelnia;;Mazury;;',
      'Alfa bis;123-456-32-18;;;inna;;;;',
      ';;;;inna;;;;',
      'Uniwersytet Testowy;;;;uczelnia;duże;;;',
      'Delta;;12345678;;instytut badawczy;;;;31.02.2024',
      'gamma;;;;inna;;;;',
    ]);
    const result = preview(file);
    assert.deepEqual(result.errors, [
      { row: 3, column: 'nip', messageKey: 'registryValidation.nip.checksum' },
      { row: 4, column: 'voivodeship', messageKey: 'registryValidation.voivodeship.unknown' },
      { row: 5, column: 'nip', messageKey: 'registryValidation.duplicate.nip', params: { row: 2 } },
      { row: 6, column: 'name', messageKey: 'registryValidation.name.required' },
      { row: 7, column: 'size', messageKey: 'registryValidation.size.onlyEnterprise' },
      { row: 8, column: 'regon', messageKey: 'registryValidation.regon.length' },
      { row: 8, column: 'joinedOn', messageKey: 'registryValidation.date.invalid' },
    ]);
    assert.deepEqual(
      result.members.map((member) => member.row),
      [2, 9],
    );
  });

  it('takes the same name as a duplicate when either row has no NIP', () => {
    const file = utf8Csv([
      'nazwa;nip;typ',
      'Klaster Sp. z o.o.;1234563218;przedsiębiorstwo',
      'KLASTER  sp. z o.o.;;przedsiębiorstwo',
      'Klaster sp. z o.o.;7270025315;przedsiębiorstwo',
    ]);
    assert.deepEqual(preview(file).errors, [
      { row: 3, column: 'name', messageKey: 'registryValidation.duplicate.name', params: { row: 2 } },
    ]);
  });

  it('flags a row with more cells than the header, and a joining date in the future', () => {
    const file = utf8Csv(['nazwa,typ,data przystąpienia', 'Alfa, sp. z o.o.,inna,', 'Beta,inna,2031-01-01']);
    assert.deepEqual(preview(file, { today: '2026-05-01' }).errors, [
      { row: 2, column: null, messageKey: 'registryValidation.row.extraCells' },
      { row: 3, column: 'joinedOn', messageKey: 'registryValidation.date.future' },
    ]);
  });
});
