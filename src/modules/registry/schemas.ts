import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { CATEGORIES, MAX_QUERY_LENGTH, SORTS } from './clusterFilters.ts';
import { INDUSTRY_CODES } from './industries.ts';
import { ENTERPRISE_SIZE_CODES, ORGANISATION_TYPE_CODES } from './organisationTypes.ts';
import { VOIVODESHIP_CODES } from './voivodeships.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Literals = <T extends string>(values: readonly T[], options: { description?: string } = {}) =>
  Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  );
const CalendarDate = Nullable(Type.String({ format: 'date' }));
const Translated = Type.Object({ pl: Nullable(Type.String()), en: Nullable(Type.String()) });
const Coded = Type.Object({ code: Type.String(), name: Type.String() });

const Voivodeship = Nullable(
  Type.Object({ code: Type.String({ pattern: '^\\d{2}$' }), name: Type.String() }),
);

export const ClusterSummary = Type.Object({
  id: Type.Integer({
    minimum: 1,
    description: 'The cluster’s number, e.g. cluster_id of POST /api/v1/applications',
  }),
  slug: Type.String(),
  name: Type.String(),
  coordinator: Nullable(Type.String({ description: 'The coordinating organisation' })),
  voivodeship: Voivodeship,
  city: Nullable(Type.String({ description: "The coordinator's city" })),
  industries: Type.Array(Coded, { description: 'Codes with names in the language of Accept-Language' }),
  member_count: Nullable(
    Type.Integer({
      description: 'Current members; null while the coordinator has not completed the profile',
    }),
  ),
  categories: Type.Array(Literals(CATEGORIES), {
    description:
      'registered (every cluster), standards (meets the management standards now), kkk (holds KKK status now)',
  }),
  profile_completed: Type.Boolean({ description: 'false: only publicly known facts are shown' }),
  outdated: Type.Boolean({
    description: 'true when the coordinator has not confirmed the data for 12 months',
  }),
  demo: Type.Boolean({ description: 'true for fictional demo data' }),
  url: Type.String({ format: 'uri' }),
});

const Counts = (keys: readonly string[]) =>
  Nullable(Type.Object(Object.fromEntries(keys.map((key) => [key, Type.Integer()]))));

export const ClusterDetail = Type.Composite([
  ClusterSummary,
  Type.Object({
    description: Translated,
    website: Nullable(Type.String()),
    founded_on: CalendarDate,
    formalised_on: CalendarDate,
    kis: Type.Array(Coded, { description: 'National smart specialisations (a configurable list)' }),
    regions: Type.Array(Coded, { description: 'Voivodeships the cluster is active in' }),
    contact: Type.Object({
      person: Nullable(Type.String()),
      email: Nullable(Type.String()),
      phone: Nullable(Type.String()),
    }),
    offer: Translated,
    needs: Translated,
    standards: Nullable(
      Type.Object({ assessed_on: CalendarDate, valid_until: CalendarDate, current: Type.Boolean() }),
    ),
    kkk_statuses: Type.Array(
      Type.Object({
        round: Type.Integer(),
        round_year: Nullable(Type.Integer()),
        document_number: Nullable(Type.String()),
        document_date: CalendarDate,
        valid_until: CalendarDate,
        current: Type.Boolean({ description: 'valid today (false when the end of validity is not known)' }),
      }),
    ),
    confirmed_at: Nullable(Type.String({ format: 'date-time' })),
    members_by_type: Counts(ORGANISATION_TYPE_CODES),
    enterprises_by_size: Counts([...ENTERPRISE_SIZE_CODES, 'unknown']),
    members: Nullable(
      Type.Array(
        Type.Object({
          name: Type.String(),
          type: Nullable(Literals(ORGANISATION_TYPE_CODES)),
          size: Nullable(Literals(ENTERPRISE_SIZE_CODES)),
          city: Nullable(Type.String()),
          voivodeship: Voivodeship,
          joined_on: CalendarDate,
        }),
      ),
    ),
  }),
]);

/** The filters every list route shares: the list, and both exports. */
const filterProperties = {
  q: Type.Optional(
    Type.String({
      maxLength: MAX_QUERY_LENGTH,
      description:
        'Words to find in the name, coordinator, city or description; case and Polish letters folded',
    }),
  ),
  industry: Type.Optional(Literals(INDUSTRY_CODES, { description: 'An industry code' })),
  voivodeship: Type.Optional(
    Literals(VOIVODESHIP_CODES, {
      description: "TERYT code of the coordinator's voivodeship",
    }),
  ),
  category: Type.Optional(Literals(CATEGORIES, { description: 'registered (all), standards or kkk' })),
  members_min: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000 })),
  members_max: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000 })),
  sort: Type.Optional(
    Literals(SORTS, { description: 'name (Polish order, the default), members or newest' }),
  ),
};

export const ClusterListQuery = Type.Object(
  {
    ...filterProperties,
    page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
    per_page: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ClusterListQuery = Static<typeof ClusterListQuery>;

export const ClusterExportQuery = Type.Object(filterProperties, { additionalProperties: false });
export type ClusterExportQuery = Static<typeof ClusterExportQuery>;

export const ClusterPage = Type.Object({
  items: Type.Array(ClusterSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  per_page: Type.Integer(),
});

export const ClusterExport = Type.Object({
  generated_at: Type.String({ format: 'date-time' }),
  total: Type.Integer(),
  items: Type.Array(ClusterSummary),
});

export const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }) });
