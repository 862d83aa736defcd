import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { type TestApp, testApp } from '../../../test/app.ts';
import { buildCluster, grantedStatus } from '../../../test/factories.ts';

/** The text of a PDF as a reader extracts it (poppler's pdftotext). */
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });

async function certifiedCluster(portal: TestApp, name: string): Promise<number> {
  const cluster = await buildCluster(portal.app.db, { name });
  return (await grantedStatus(portal.app.db, cluster.id)).statusId;
}

describe('the authority named on a KKK certificate', () => {
  let national: TestApp;
  let regional: TestApp;
  before(async () => {
    national = await testApp({ data: 'none' });
    regional = await testApp({
      data: 'none',
      env: { ISSUING_AUTHORITY: '  Zarząd  Województwa Pomorskiego ' },
    });
  });
  after(async () => {
    await national.close();
    await regional.close();
  });

  it('is by default the minister responsible for the economy', async () => {
    const id = await certifiedCluster(national, 'Klaster Krajowy');
    const pdf = (await national.app.inject({ url: `/certyfikaty/kkk/${id}.pdf` })).rawPayload;
    assert.match(pdfText(pdf), /Organ nadający status: Minister właściwy do spraw gospodarki/);
  });

  it('is the one configured, for a region running its own programme', async () => {
    const id = await certifiedCluster(regional, 'Klaster Regionalny');
    const text = pdfText((await regional.app.inject({ url: `/certyfikaty/kkk/${id}.pdf` })).rawPayload);
    assert.match(text, /Organ nadający status: Zarząd Województwa Pomorskiego\n/);
    assert.doesNotMatch(text, /Minister/);
  });
});
