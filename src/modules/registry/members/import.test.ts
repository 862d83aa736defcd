import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import writeExcelFile from 'write-excel-file/node';
import { type TestApp, testApp } from '../../../../test/app.ts';
import { clusterWithOwner, type Person } from '../team/testing.ts';
import { utf8Csv, windows1250 } from '../validation/testFiles.ts';
import { nip, uploadFile } from './testing.ts';

const HEADER = 'nazwa;nip;typ;wielkość;województwo;miejscowość;data przystąpienia';

const memberNames = async (portal: TestApp, clusterId: number) =>
  (
    await portal.app.db
      .selectFrom('memberships')
      .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
      .select('organisations.name')
      .where('memberships.clusterId', '=', clusterId)
      .where('memberships.leftOn', 'is', null)
      .execute()
  )
    .map((row) => row.name)
    .sort(new Intl.Collator('pl').compare);

describe('importing members from a file', () => {
  let portal: TestApp;
  let cluster: { id: number; slug: string; owner: Person };
  let importPage: string;

  before(async () => {
    portal = await testApp({ data: 'reference' });
    cluster = await clusterWithOwner(portal.app, { name: 'Klaster Importowy', status: 'draft' });
    importPage = `/moje-klastry/${cluster.slug}/czlonkowie/import`;
  });
  after(() => portal.close());

  const upload = async (name: string, data: Uint8Array) => {
    await cluster.owner.visitor.get(importPage);
    return uploadFile(cluster.owner.visitor, importPage, { name, data });
  };

  it('documents the columns, links a template and loads the progress script from a fingerprinted asset', async () => {
    const page = await cluster.owner.visitor.get(importPage);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /data przystąpienia/);
    assert.match(page.body, /<script src="\/assets\/js\/upload-progress\.js\?v=[0-9a-f]+" defer><\/script>/);
    const template = await cluster.owner.visitor.get(`/moje-klastry/${cluster.slug}/czlonkowie/szablon.csv`);
    assert.equal(template.statusCode, 200);
    assert.match(String(template.headers['content-type']), /text\/csv/);
    assert.ok(template.body.startsWith('\uFEFFnazwa;nip;'));
  });

  it('shows row errors of a broken file and writes nothing, not even on a forced confirmation', async () => {
    const file = utf8Csv([
      HEADER,
      `Dobra Firma sp. z o.o.;${nip(710001)};przedsiębiorstwo;małe;mazowieckie;Warszawa;2024-01-10`,
      'Zła Firma;123-456-32-19;przedsiębiorstwo;małe;mazowieckie;Warszawa;2024-01-10',
      'Nieznane Województwo;;uczelnia;;atlantyda;Gdańsk;',
      `Powtórka;${nip(710001)};przedsiębiorstwo;mikro;14;Radom;`,
    ]);
    const uploaded = await upload('zly.csv', file);
    assert.equal(uploaded.statusCode, 303);
    const preview = await cluster.owner.visitor.get(String(uploaded.headers.location));
    assert.equal(preview.statusCode, 422);
    assert.match(preview.body, /Plik zawiera błędy/);
    assert.match(
      preview.body,
      /„zly\.csv”: 4 wiersze danych\. CSV, kodowanie UTF-8/,
      'a plural form and a space',
    );
    assert.match(preview.body, /<th scope="row"[^>]*>3<\/th><td[^>]*>nip<\/td>/);
    assert.match(preview.body, /<th scope="row"[^>]*>4<\/th><td[^>]*>województwo<\/td>/);
    assert.match(preview.body, /<th scope="row"[^>]*>5<\/th><td[^>]*>nip<\/td>/);
    assert.doesNotMatch(preview.body, /Potwierdzam import/);
    const forced = await cluster.owner.visitor.post(String(uploaded.headers.location), {});
    assert.equal(forced.statusCode, 303);
    assert.deepEqual(await memberNames(portal, cluster.id), []);
  });

  it('refuses a file that cannot be read with one message at the field', async () => {
    const response = await upload('pusty.csv', utf8Csv(['nip;typ']));
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="error-file"/);
    const none = await (async () => {
      await cluster.owner.visitor.get(importPage);
      return uploadFile(cluster.owner.visitor, importPage, null);
    })();
    assert.equal(none.statusCode, 400);
  });

  it('imports a good UTF-8 file after confirmation, in one go, with the derived count', async () => {
    const uploaded = await upload(
      'dobry.csv',
      utf8Csv([
        'nazwa,nip,typ,wielkość,województwo',
        `Łódzka Przędzalnia S.A.,${nip(710002)},przedsiębiorstwo,duże,łódzkie`,
        'Uniwersytet Próbny,,uczelnia,,10',
      ]),
    );
    const previewUrl = String(uploaded.headers.location);
    const preview = await cluster.owner.visitor.get(previewUrl);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Nowi członkowie do dodania: 2/);
    assert.match(preview.body, /kodowanie UTF-8, separator „,”/);
    assert.deepEqual(await memberNames(portal, cluster.id), [], 'nothing before the confirmation');
    const confirmed = await cluster.owner.visitor.post(previewUrl, {});
    assert.equal(confirmed.statusCode, 303);
    assert.deepEqual(await memberNames(portal, cluster.id), [
      'Łódzka Przędzalnia S.A.',
      'Uniwersytet Próbny',
    ]);
    const row = await portal.app.db
      .selectFrom('clusters')
      .select('memberCount')
      .where('id', '=', cluster.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.memberCount, 2);
    await cluster.owner.visitor.get(`/moje-klastry/${cluster.slug}/czlonkowie`);
    assert.equal(
      (await cluster.owner.visitor.post(previewUrl, {})).statusCode,
      404,
      'a preview is confirmed once',
    );
  });

  it('imports a good Windows-1250 file, skipping rows of current members', async () => {
    const uploaded = await upload(
      'cp1250.csv',
      windows1250(
        [
          HEADER,
          `Żywiecka Spółdzielnia Mleczarska;${nip(710003)};przedsiębiorstwo;średnie;śląskie;Żywiec;15.03.2023`,
          `Łódzka Przędzalnia S.A.;${nip(710002)};przedsiębiorstwo;duże;łódzkie;Łódź;`,
        ].join('\r\n'),
      ),
    );
    const previewUrl = String(uploaded.headers.location);
    const preview = await cluster.owner.visitor.get(previewUrl);
    assert.match(preview.body, /kodowanie Windows-1250/);
    assert.match(preview.body, /Wiersze z obecnymi członkami \(bez zmian\): 1/);
    await cluster.owner.visitor.post(previewUrl, {});
    assert.deepEqual(await memberNames(portal, cluster.id), [
      'Łódzka Przędzalnia S.A.',
      'Uniwersytet Próbny',
      'Żywiecka Spółdzielnia Mleczarska',
    ]);
  });

  it('imports a good XLSX workbook (its first sheet)', async () => {
    const workbook = await writeExcelFile([
      ['nazwa', 'nip', 'typ', 'województwo', 'data przystąpienia'],
      ['Instytut Badań Próbnych', nip(710004), 'instytut badawczy', 'mazowieckie', '2022-05-01'],
      ['Stowarzyszenie Przykładowe', '', 'organizacja pozarządowa', '12', ''],
    ]).toBuffer();
    const uploaded = await upload('czlonkowie.xlsx', workbook);
    assert.equal(uploaded.statusCode, 303);
    const previewUrl = String(uploaded.headers.location);
    const preview = await cluster.owner.visitor.get(previewUrl);
    assert.match(preview.body, /Skoroszyt XLSX/);
    await cluster.owner.visitor.post(previewUrl, {});
    const names = await memberNames(portal, cluster.id);
    assert.ok(names.includes('Instytut Badań Próbnych') && names.includes('Stowarzyszenie Przykładowe'));
  });

  it('refuses a file over the size limit with the limit in the message', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 'a');
    const response = await upload('duzy.csv', big);
    assert.equal(response.statusCode, 413, response.body.match(/field-error[^<]*<[^<]*<\/span>([^<]*)/)?.[1]);
    assert.match(response.body, /najwyżej 5 MB/);
  });
});
