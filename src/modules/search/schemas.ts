import { type Static, Type } from '@sinclair/typebox';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 100;

/** The search page's query: loose on purpose (an unusable type is ignored, not refused). */
export const SearchPageQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: MAX_QUERY_LENGTH })),
  type: Type.Optional(Type.String({ maxLength: 40 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE })),
});
export type SearchPageQuery = Static<typeof SearchPageQuery>;

export function searchApiQuery(kinds: readonly string[]) {
  return Type.Object({
    q: Type.String({
      minLength: 1,
      maxLength: MAX_QUERY_LENGTH,
      description: 'The words to find, in any form',
    }),
    type: Type.Optional(
      Type.Union(
        kinds.map((kind) => Type.Literal(kind)),
        { description: 'Only documents of this type (the facets still count every type)' },
      ),
    ),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    per_page: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  });
}
export type SearchApiQuery = Static<ReturnType<typeof searchApiQuery>>;

const Html = (description: string) =>
  Type.String({ description: `${description}: HTML-escaped text, the matched words in <mark>` });

export const SearchResponse = Type.Object({
  query: Type.String({
    description: 'The query whose results these are (the corrected one, see did_you_mean)',
  }),
  did_you_mean: Type.Union([Type.String(), Type.Null()], {
    description: 'When the query as typed found nothing: the corrected query that found these results',
  }),
  total: Type.Integer({ minimum: 0 }),
  page: Type.Integer({ minimum: 1 }),
  per_page: Type.Integer({ minimum: 1 }),
  facets: Type.Array(
    Type.Object({ type: Type.String(), label: Type.String(), count: Type.Integer({ minimum: 1 }) }),
    { description: 'Matching documents per type, whatever type was chosen' },
  ),
  items: Type.Array(
    Type.Object({
      type: Type.String(),
      id: Type.String(),
      title: Type.String(),
      url: Type.String({ description: 'The page of the record, relative to the portal' }),
      title_html: Html('The title'),
      snippet_html: Html('About thirty words of the text around the first match'),
    }),
  ),
});
export type SearchResponse = Static<typeof SearchResponse>;
