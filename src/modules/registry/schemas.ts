import { type Static, Type } from '@sinclair/typebox';

const Voivodeship = Type.Union([
  Type.Object({ code: Type.String({ pattern: '^\\d{2}$' }), name: Type.String() }),
  Type.Null(),
]);

export const ClusterSummary = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  coordinator: Type.Union([Type.String(), Type.Null()], { description: 'The coordinating organisation' }),
  voivodeship: Voivodeship,
  profile_completed: Type.Boolean({ description: 'false: only publicly known facts are shown' }),
  demo: Type.Boolean({ description: 'true for fictional demo data' }),
  url: Type.String({ format: 'uri' }),
});

export const ClusterDetail = Type.Composite([
  ClusterSummary,
  Type.Object({
    description: Type.Object({
      pl: Type.Union([Type.String(), Type.Null()]),
      en: Type.Union([Type.String(), Type.Null()]),
    }),
    website: Type.Union([Type.String(), Type.Null()]),
    kkk_statuses: Type.Array(
      Type.Object({
        round: Type.Integer(),
        round_year: Type.Union([Type.Integer(), Type.Null()]),
        document_number: Type.Union([Type.String(), Type.Null()]),
        document_date: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
        valid_until: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
      }),
    ),
  }),
]);

export const ClusterListQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
    per_page: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ClusterListQuery = Static<typeof ClusterListQuery>;

export const ClusterPage = Type.Object({
  items: Type.Array(ClusterSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  per_page: Type.Integer(),
});

export const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }) });
