import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream } from 'pdf-lib';
import { type TestApp, testApp } from '../../../test/app.ts';
import { Visitor } from '../../../test/visitor.ts';
import { commandAs } from '../../platform/commandContext.ts';
import { seedKkkHistory } from '../../seed/kkkHistory.ts';
import { statusGranter } from '../statuses/statusGranter.ts';
import { statusRevoker } from '../statuses/statusRevoker.ts';
import { certificatePdf } from './certificatePdf.ts';
import { parseSigningKey } from './signing.ts';

const NOW = new Date('2026-11-27T10:00:00Z');
const CLUSTER = 'Zachodniopomorski Klaster Chemiczny „Zielona Chemia”';

describe('KKK certificates', () => {
  let portal: TestApp;
  let granted: { statusId: number; verificationCode: string };
  let revoked: { statusId: number; verificationCode: string };
  let pdf: Buffer;

  const inject = (method: 'GET' | 'POST', url: string, payload?: Buffer, type = 'application/pdf') =>
    portal.app.inject({ method, url, payload, headers: payload ? { 'content-type': type } : {} });
  const verifyFile = async (bytes: Uint8Array) =>
    (await inject('POST', '/api/v1/certificates/verify', Buffer.from(bytes))).json();

  before(async () => {
    portal = await testApp({ data: 'reference', clock: { now: () => NOW } });
    const db = portal.database.db;
    await seedKkkHistory(db, { now: () => NOW });
    const cluster = await db
      .selectFrom('clusters')
      .select(['id', 'coordinatorId'])
      .where('name', '=', CLUSTER)
      .executeTakeFirstOrThrow();
    const grant = (validUntil: string) =>
      db.transaction().execute((trx) =>
        statusGranter(
          trx,
          {
            clusterId: cluster.id,
            representedById: cluster.coordinatorId,
            roundId: null,
            roundNumber: 7,
            roundYear: 2026,
            programme: 'kkk',
            documentNumber: 'DIP-VII/2026/07',
            documentDate: '2026-11-20',
            validUntil,
            actorId: null,
          },
          NOW,
        ),
      );
    granted = await grant('2029-11-19');
    revoked = await grant('2029-11-19');
    await commandAs({ db, actorId: null, now: NOW }, statusRevoker, {
      statusId: revoked.statusId,
      reason: 'Status cofnięty decyzją ministra.',
    });
    const download = await inject('GET', `/certyfikaty/kkk/${granted.statusId}.pdf`);
    assert.equal(download.statusCode, 200);
    assert.match(String(download.headers['content-type']), /application\/pdf/);
    pdf = download.rawPayload;
  });
  after(() => portal.close());

  /** Posts the verification form as a browser would: multipart, with the CSRF token of the form page. */
  async function uploadThroughForm(file: Buffer | null, options: { csrf?: boolean } = {}) {
    const visitor = new Visitor(portal.app);
    await visitor.get('/weryfikacja');
    const boundary = 'granica-formularza';
    const part = (headers: string, content: Buffer | string) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`),
        Buffer.from(content),
        Buffer.from('\r\n'),
      ]);
    const body = Buffer.concat([
      ...(options.csrf === false
        ? []
        : [part('Content-Disposition: form-data; name="_csrf"', visitor.csrf())]),
      ...(file
        ? [
            part(
              'Content-Disposition: form-data; name="file"; filename="c.pdf"\r\nContent-Type: application/pdf',
              file,
            ),
          ]
        : []),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    return portal.app.inject({
      method: 'POST',
      url: '/weryfikacja',
      payload: body,
      remoteAddress: visitor.ip,
      headers: { ...visitor.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  }

  it('lists the registry grouped by round on the KKK page and in GET /api/v1/kkk', async () => {
    const page = await inject('GET', '/krajowe-klastry-kluczowe');
    assert.equal(page.statusCode, 200);
    for (const text of [
      'Runda VII (2026)',
      'Runda V (2021)',
      'Runda II (2016)',
      'Runda I (2015)',
      'DIP-VII/2026/07',
      'brak danych',
      'wygasły',
      'cofnięty',
    ])
      assert.ok(page.body.includes(text), text);
    assert.match(page.body, /href="\/klastry\/zachodniopomorski-klaster-chemiczny-zielona-chemia"/);
    assert.match(page.body, /reprezentowany przez Stowarzyszenie Zachodniopomorski/);
    const active = await inject('GET', '/krajowe-klastry-kluczowe?stan=aktywne');
    assert.ok(active.body.includes('DIP-VII/2026/07'));
    assert.ok(!active.body.includes('Runda V (2021)'));
    const api = (await inject('GET', '/api/v1/kkk')).json();
    assert.deepEqual(
      api.rounds.map((round: { round: { number: number } }) => round.round.number),
      [7, 5, 2, 1],
    );
    const seventh = api.rounds[0].statuses.find((status: { id: number }) => status.id === granted.statusId);
    assert.equal(seventh.state, 'active');
    assert.equal(seventh.valid_until, '2029-11-19');
    assert.equal(api.rounds[3].statuses[0].document_date, null);
    const activeApi = (await inject('GET', '/api/v1/kkk?scope=active')).json();
    assert.equal(activeApi.rounds.length, 1);
    const openapi = (await inject('GET', '/api/v1/openapi.json')).json();
    for (const route of ['/api/v1/kkk', '/api/v1/certificates/{code}', '/api/v1/certificates/verify'])
      assert.ok(openapi.paths[route], route);
  });

  it('verifies a genuine certificate by its code, as a page and as JSON', async () => {
    const page = await inject('GET', `/weryfikacja/${granted.verificationCode}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Certyfikat jest autentyczny/);
    assert.match(page.body, /Status jest ważny do 19 listopada 2029/);
    const json = (await inject('GET', `/api/v1/certificates/${granted.verificationCode}`)).json();
    assert.equal(json.genuine, true);
    assert.equal(json.currently_valid, true);
    assert.equal(json.status.cluster.name, CLUSTER);
    assert.equal(
      json.status.verification_url,
      `http://localhost:3000/weryfikacja/${granted.verificationCode}`,
    );
  });

  it('verifies the downloaded PDF as genuine, through the API and the HTML form', async () => {
    const result = await verifyFile(pdf);
    assert.deepEqual([result.genuine, result.currently_valid, result.file], [true, true, 'genuine']);
    const genuine = await uploadThroughForm(pdf);
    assert.equal(genuine.statusCode, 200);
    assert.match(genuine.body, /Przesłany plik jest autentyczny i niezmieniony/);
    assert.match(genuine.body, /Status jest ważny do 19 listopada 2029/);
  });

  it('tells in the HTML form when the file is missing or not genuine', async () => {
    const missing = await uploadThroughForm(null);
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /error-summary/);
    assert.match(missing.body, /Wybierz plik PDF certyfikatu/);
    const edited = await PDFDocument.load(pdf, { updateMetadata: false });
    edited.getPage(0).drawText('2035', { x: 300, y: 200, size: 12 });
    const altered = await uploadThroughForm(Buffer.from(await edited.save()));
    assert.equal(altered.statusCode, 200);
    assert.match(altered.body, /Ten plik NIE jest autentyczny: treść strony różni się od podpisanej/);
    const notPdf = await uploadThroughForm(Buffer.from('zwykły tekst'));
    assert.match(notPdf.body, /Ten plik nie jest certyfikatem wydanym przez Portal Klastrów/);
    const withoutToken = await uploadThroughForm(pdf, { csrf: false });
    assert.equal(withoutToken.statusCode, 403);
  });

  it('detects a forged or edited PDF', async () => {
    const edited = await PDFDocument.load(pdf, { updateMetadata: false });
    const info = edited.context.lookup(edited.context.trailerInfo.Info, PDFDict);
    const facts = (info.lookup(PDFName.of('KKKCertificate')) as PDFHexString).decodeText();
    info.set(PDFName.of('KKKCertificate'), PDFHexString.fromText(facts.replace('2029-11-19', '2035-11-19')));
    const forged = await verifyFile(await edited.save());
    assert.deepEqual([forged.genuine, forged.file, forged.status], [false, 'forged', null]);

    const drawnOver = await PDFDocument.load(pdf, { updateMetadata: false });
    drawnOver.getPage(0).drawText('2035', { x: 300, y: 200, size: 12 });
    const altered = await verifyFile(await drawnOver.save());
    assert.deepEqual([altered.genuine, altered.currently_valid, altered.file], [false, false, 'altered']);

    const { privateKey } = generateKeyPairSync('ed25519');
    const strangerKey = parseSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const counterfeit = await certificatePdf(
      {
        code: granted.verificationCode,
        programme: 'kkk',
        roundNumber: 7,
        roundYear: 2026,
        cluster: CLUSTER,
        representedBy: null,
        documentNumber: 'X',
        documentDate: '2026-11-20',
        validUntil: '2040-01-01',
      },
      'http://localhost:3000',
      strangerKey,
    );
    assert.equal((await verifyFile(counterfeit)).file, 'forged');
    assert.equal((await verifyFile(Buffer.from('%PDF-1.7 nonsense'))).file, 'not_certificate');
  });

  it('reports a file with any changed byte as altered: in the embedded font, in the page content', async () => {
    const parsed = await PDFDocument.load(pdf, { updateMetadata: false });
    const flippedInside = (inner: Buffer) => {
      const at = pdf.indexOf(inner);
      assert.ok(at > 0, 'the stream sits in the file as it is stored');
      const copy = Buffer.from(pdf);
      const middle = at + Math.floor(inner.length / 2);
      copy[middle] = (copy[middle] ?? 0) ^ 0x01;
      return copy;
    };
    const fontFile = parsed.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict)
      .find((dict) => dict.get(PDFName.of('FontFile2')));
    assert.ok(fontFile, 'the certificate embeds its font');
    const fontStream = parsed.context.lookup(fontFile.get(PDFName.of('FontFile2')));
    assert.ok(fontStream instanceof PDFRawStream);
    const font = await verifyFile(flippedInside(Buffer.from(fontStream.contents)));
    assert.deepEqual([font.genuine, font.currently_valid, font.file], [false, false, 'altered']);
    const contents = parsed.getPage(0).node.Contents();
    const first = contents instanceof PDFArray ? parsed.context.lookup(contents.get(0)) : contents;
    assert.ok(first instanceof PDFRawStream, 'the page is drawn by a stream');
    const page = await verifyFile(flippedInside(Buffer.from(first.contents)));
    assert.deepEqual([page.genuine, page.file], [false, 'altered']);
    const untouched = await verifyFile(pdf);
    assert.deepEqual([untouched.genuine, untouched.file], [true, 'genuine']);
    const again = await inject('GET', `/certyfikaty/kkk/${granted.statusId}.pdf`);
    assert.ok(again.rawPayload.equals(pdf), 'every download is the very file that was issued');
  });

  it('answers an unknown code with a clear 404, never a 500', async () => {
    const unknown = 'A'.repeat(32);
    const page = await inject('GET', `/weryfikacja/${unknown}`);
    assert.equal(page.statusCode, 404);
    assert.match(page.body, /Nie znaleziono certyfikatu o kodzie AAAA/);
    assert.equal((await inject('GET', '/weryfikacja/%3Cscript%3E')).statusCode, 404);
    const api = await inject('GET', `/api/v1/certificates/${unknown}`);
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error.code, 'not_found');
    const form = await inject('GET', '/weryfikacja?kod=za-krotki');
    assert.equal(form.statusCode, 400);
    assert.match(form.body, /error-summary/);
    assert.match(form.body, /value="za-krotki"/);
    const go = await inject('GET', `/weryfikacja?kod=${granted.verificationCode}`);
    assert.equal(go.statusCode, 303);
    assert.equal(go.headers.location, `/weryfikacja/${granted.verificationCode}`);
  });

  it('shows revoked and expired statuses as such', async () => {
    const page = await inject('GET', `/weryfikacja/${revoked.verificationCode}`);
    assert.match(page.body, /Status został cofnięty 27 listopada 2026/);
    assert.match(page.body, /Status cofnięty decyzją ministra\./);
    assert.equal((await inject('GET', `/certyfikaty/kkk/${revoked.statusId}.pdf`)).statusCode, 410);
    const json = (await inject('GET', `/api/v1/certificates/${revoked.verificationCode}`)).json();
    assert.deepEqual([json.genuine, json.currently_valid, json.status.state], [true, false, 'revoked']);

    const roundFive = await portal.database.db
      .selectFrom('kkkStatuses')
      .select('verificationCode')
      .where('roundNumber', '=', 5)
      .executeTakeFirstOrThrow();
    const expired = await inject('GET', `/weryfikacja/${roundFive.verificationCode}`);
    assert.match(expired.body, /Status wygasł/);
    assert.match(expired.body, /31 grudnia 2024/);
  });

  it('prints the cluster’s name with its Polish letters and a QR code of its verification address (PDF → PNG → OCR, QR decoded)', async (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'certyfikat-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const silesian = await portal.database.db
      .selectFrom('kkkStatuses')
      .innerJoin('clusters', 'clusters.id', 'kkkStatuses.clusterId')
      .select('kkkStatuses.id')
      .where('clusters.name', '=', 'Śląski Klaster Lotniczy')
      .executeTakeFirstOrThrow();
    const silesianPdf = (await inject('GET', `/certyfikaty/kkk/${silesian.id}.pdf`)).rawPayload;
    const ocr = (file: Buffer, name: string) => {
      writeFileSync(path.join(dir, `${name}.pdf`), file);
      execFileSync('pdftoppm', [
        '-r',
        '150',
        '-png',
        '-singlefile',
        path.join(dir, `${name}.pdf`),
        path.join(dir, name),
      ]);
      return execFileSync('tesseract', [path.join(dir, `${name}.png`), '-', '-l', 'pol'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    };
    const text = ocr(pdf, 'zachodniopomorski').replace(/\s+/g, ' ');
    for (const words of [
      'Zachodniopomorski Klaster Chemiczny',
      '„Zielona',
      'Chemia”',
      'Potwierdza się',
      'otrzymał',
      'ważny do: 19 listopada 2029',
      'DIP-VII/2026/07',
    ])
      assert.ok(text.includes(words), `OCR: ${words} in ${text}`);
    const qr = execFileSync('zbarimg', ['--raw', '-q', path.join(dir, 'zachodniopomorski.png')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    assert.equal(qr.trim(), `http://localhost:3000/weryfikacja/${granted.verificationCode}`);
    const silesianText = ocr(silesianPdf, 'slaski').replace(/\s+/g, ' ');
    for (const words of ['Śląski Klaster Lotniczy', 'Numer dokumentu: brak danych', 'rundzie II'])
      assert.ok(silesianText.includes(words), `OCR: ${words} in ${silesianText}`);
  });
});
