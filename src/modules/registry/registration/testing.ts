// Used by the tests only: answers, a complete form, and registrations started the way people start them.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Visitor } from '../../../../test/visitor.ts';

/** Answers meeting every default criterion, as the questionnaire's fields. */
export const PASSING_ANSWERS: Record<string, string> = {
  'kryterium-agreement': 'tak',
  'kryterium-coordinator_legal_person': 'tak',
  'kryterium-members_total': '14',
  'kryterium-members_enterprises': '9',
  'kryterium-members_research': '3',
  'kryterium-management_staff': 'tak',
  'kryterium-website': 'tak',
};

/** A complete, valid registration form (NIP, REGON and KRS with correct checksums). */
export function completeForm(
  overrides: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  return {
    name: 'Klaster Testowy Obróbki Metali',
    slug: 'klaster-testowy-obrobki-metali',
    coordinatorName: 'Fundacja Rozwoju Metalu',
    coordinatorLegalForm: 'fundacja',
    coordinatorNip: '123-456-32-18',
    coordinatorRegon: '123456785',
    coordinatorKrs: '0000123456',
    coordinatorAddress: 'ul. Stalowa 1, 90-001',
    coordinatorCity: 'Łódź',
    coordinatorVoivodeship: '10',
    descriptionPl: 'Klaster firm obróbki metali z Łodzi.',
    descriptionEn: 'A metalworking cluster from Łódź.',
    foundedOn: '2015-03-01',
    formalisedOn: '2016-01-15',
    industries: ['metal', 'machinery'],
    kis: ['kis-08'],
    regions: ['10', '14'],
    website: 'https://metal.example.pl',
    contactPerson: 'Anna Kowalska',
    email: 'biuro@metal.example.pl',
    phone: '+48 42 123 45 67',
    offerPl: 'Wspólne projekty B+R.',
    offerEn: 'Joint R&D projects.',
    needsPl: 'Partnerzy zagraniczni.',
    needsEn: 'Partners abroad.',
    ...overrides,
  };
}

/** A form body as a browser sends it without a file: urlencoded, lists as repeated fields. */
function urlencoded(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  return params.toString();
}

/** Posts a form (with the CSRF token of the visitor's last page), as multipart when a file is given. */
export async function postForm(
  visitor: Visitor,
  url: string,
  fields: Record<string, string | string[]>,
  file?: { name: string; filename: string; type: string; data: Buffer },
  options: { withCsrf?: boolean } = {},
): Promise<LightMyRequestResponse> {
  const all = options.withCsrf === false ? fields : { ...fields, _csrf: visitor.csrf() };
  let payload: string | Buffer;
  let contentType: string;
  if (file) {
    const form = new FormData();
    for (const [name, value] of Object.entries(all)) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
    }
    form.append(file.name, new Blob([file.data], { type: file.type }), file.filename);
    const encoded = new Response(form);
    payload = Buffer.from(await encoded.arrayBuffer());
    contentType = encoded.headers.get('content-type') ?? '';
  } else {
    payload = urlencoded(all);
    contentType = 'application/x-www-form-urlencoded';
  }
  return visitor.remember(
    await visitor.app.inject({
      method: 'POST',
      url,
      payload,
      remoteAddress: visitor.ip,
      headers: { ...visitor.cookieHeader(), 'content-type': contentType },
    }),
  );
}

/** Answers the questionnaire with passing answers; returns the new draft's address. */
export async function startRegistration(
  visitor: Visitor,
  name = 'Klaster Testowy Obróbki Metali',
): Promise<string> {
  await visitor.get('/klastry/rejestracja');
  const response = await visitor.post('/klastry/rejestracja', { name, ...PASSING_ANSWERS });
  assert.equal(response.statusCode, 303, 'the passing questionnaire starts a registration');
  const location = String(response.headers.location);
  assert.match(location, /^\/moje-klastry\/[a-z0-9-]+\?zapisano=rozpoczeto$/);
  return location.split('?')[0] ?? '';
}

/** The smallest valid PNG (1×1). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export async function clusterBySlug(app: FastifyInstance, slug: string) {
  return app.db.selectFrom('clusters').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/**
 * Puts members on a draft's list (the questionnaire's default minimum is 10), as the member form
 * would: small enterprises, the first ones with the NIPs given.
 */
export async function addDraftMembers(
  app: FastifyInstance,
  draftPath: string,
  count = 10,
  nips: readonly string[] = [],
): Promise<number> {
  const slug = draftPath.split('/').at(-1) ?? '';
  const cluster = await clusterBySlug(app, slug);
  assert.ok(cluster, `a draft at ${draftPath}`);
  const now = new Date().toISOString();
  for (let index = 0; index < count; index += 1) {
    const organisation = await app.db
      .insertInto('organisations')
      .values({
        name: `Członek ${index + 1} klastra ${cluster.name}`,
        type: 'enterprise',
        size: 'small',
        nip: nips[index] ?? null,
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.db
      .insertInto('memberships')
      .values({
        clusterId: cluster.id,
        organisationId: organisation.id,
        joinedOn: '2020-01-01',
        leftOn: null,
      })
      .execute();
  }
  return cluster.id;
}
