import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { apiErrors } from '../../errors.ts';
import { listProgrammes } from './queries.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Programme = Type.Object(
  {
    id: Type.Integer({ minimum: 1, description: 'programme_id of POST /api/v1/rounds' }),
    code: Type.String({ description: 'kkk: the national programme; rkk-…: a voivodeship’s own' }),
    name: Type.String({ description: 'In the language of Accept-Language' }),
    name_pl: Type.String(),
    name_en: Type.String(),
    voivodeship: Nullable(
      Type.String({ pattern: '^\\d{2}$', description: 'TERYT code of a regional programme; null: national' }),
    ),
  },
  { title: 'Programme' },
);
export const ProgrammeList = Type.Object({ items: Type.Array(Programme) });
export type ProgrammeList = Static<typeof ProgrammeList>;

/**
 * The cluster an application is started for: by its number (`cluster_id`, as the registry lists
 * it) or by its slug (`cluster_slug`, as in the profile's address); undefined when neither names one.
 */
export async function clusterIdOf(
  db: Kysely<Database>,
  body: { cluster_id?: number | undefined; cluster_slug?: string | undefined },
): Promise<number | undefined> {
  if (body.cluster_id !== undefined) return body.cluster_id;
  if (body.cluster_slug === undefined) return undefined;
  const row = await db
    .selectFrom('clusters')
    .select('id')
    .where('slug', '=', body.cluster_slug)
    .executeTakeFirst();
  return row?.id;
}

/** What a script needs to know before its first write: the programmes and their ids. */
export default async function competitionDiscoveryApi(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/v1/programmes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['competition'],
        summary: 'The programmes rounds belong to (the national KKK programme and regional ones)',
        response: { 200: ProgrammeList, ...apiErrors(400) },
      },
    },
    async (request): Promise<ProgrammeList> => {
      const programmes = await listProgrammes(app.db);
      return {
        items: programmes.map((programme) => ({
          id: programme.id,
          code: programme.code,
          name: request.locale === 'en' ? programme.nameEn : programme.namePl,
          name_pl: programme.namePl,
          name_en: programme.nameEn,
          voivodeship: programme.voivodeship,
        })),
      };
    },
  );
}
