import type { SearchResponse } from './schemas.ts';
import type { SearchResult } from './search.ts';

/** The wire shape of a search: every field named. */
export function presentSearch(
  result: SearchResult,
  query: string,
  labelOf: (kind: string) => string,
): SearchResponse {
  return {
    query: result.didYouMean ?? query,
    did_you_mean: result.didYouMean,
    total: result.total,
    page: result.page,
    per_page: result.perPage,
    facets: result.facets.map((facet) => ({
      type: facet.kind,
      label: labelOf(facet.kind),
      count: facet.count,
    })),
    items: result.hits.map((hit) => ({
      type: hit.kind,
      id: hit.id,
      title: hit.title,
      url: hit.url,
      title_html: hit.titleHtml,
      snippet_html: hit.snippetHtml,
    })),
  };
}
