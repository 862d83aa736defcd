/** The project's targets, as a share of the bare node:http baseline's req/s in the same run. */
export const TARGETS = {
  /** Public pages a visitor reads: home, lists, profiles, registry, calendar, topics. */
  publicPage: 0.5,
  /** Searches, filtered or signed-in pages, and the JSON API. */
  dynamic: 0.15,
} as const;

/** A deep list page may take at most this many times as long as the first (mean latency). */
export const MAX_DEEP_PAGE_RATIO = 2;

export interface Scenario {
  name: string;
  path: string;
  target: number;
  /** Request headers, e.g. an operator's bearer token for a page behind sign-in. */
  headers?: Record<string, string>;
}

/** What is measured, in order. sampleSlug is a generated cluster with a full profile and a KKK status. */
export function scenarios(sampleSlug: string, ranking?: { roundId: number; token: string }): Scenario[] {
  return [
    { name: 'home', path: '/', target: TARGETS.publicPage },
    { name: 'registry list', path: '/klastry', target: TARGETS.publicPage },
    { name: 'deep list page', path: '/klastry?strona=240', target: TARGETS.publicPage },
    {
      name: 'filtered list',
      path: '/klastry?branza=ict&wojewodztwo=14&sortuj=members',
      target: TARGETS.dynamic,
    },
    { name: 'search', path: '/klastry?q=lodz', target: TARGETS.dynamic },
    { name: 'portal search', path: '/szukaj?q=klastr%C3%B3w+lotniczych', target: TARGETS.dynamic },
    { name: 'portal search prefix', path: '/szukaj?q=lod', target: TARGETS.dynamic },
    { name: 'map', path: '/klastry/mapa', target: TARGETS.publicPage },
    { name: 'profile', path: `/klastry/${sampleSlug}`, target: TARGETS.publicPage },
    { name: 'KKK page', path: '/krajowe-klastry-kluczowe', target: TARGETS.publicPage },
    { name: 'policy page', path: '/polityka-klastrowa', target: TARGETS.publicPage },
    { name: 'API list', path: '/api/v1/clusters?page=3&per_page=20', target: TARGETS.dynamic },
    { name: 'API detail', path: `/api/v1/clusters/${sampleSlug}`, target: TARGETS.dynamic },
    { name: 'API search', path: '/api/v1/clusters?q=lodz&industry=ict', target: TARGETS.dynamic },
    { name: 'API portal search', path: '/api/v1/search?q=energii+odnawialnej', target: TARGETS.dynamic },
    ...calendarScenarios(new Date()),
    ...(ranking
      ? [
          {
            name: 'ranking 2,000 × 3 × 20 (API, page 1)',
            path: `/api/v1/rounds/${ranking.roundId}/ranking`,
            target: TARGETS.dynamic,
            headers: { authorization: `Bearer ${ranking.token}` },
          },
        ]
      : []),
  ];
}

/** The calendar on 50,000 events: a month, a filtered list, a year's filtered iCalendar feed. */
export function calendarScenarios(now: Date): Scenario[] {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      name: 'calendar month',
      path: `/kalendarz/miesiac?month=${day(0).slice(0, 7)}`,
      target: TARGETS.publicPage,
    },
    {
      name: 'calendar filtered list',
      path: '/kalendarz?category=conference&voivodeship=14&q=forum',
      target: TARGETS.publicPage,
    },
    {
      name: "calendar year's filtered .ics",
      path: `/kalendarz.ics?from=${day(0)}&to=${day(364)}&category=webinar&voivodeship=22`,
      target: TARGETS.publicPage,
    },
  ];
}

/**
 * The deep-page check compares these two pages on an app started without the page cache
 * (PAGE_CACHE_SECONDS=0), so that it measures what producing the page costs, not a cache hit.
 */
export const DEEP_PAGE_CHECK = { first: '/klastry?strona=1', deep: '/klastry?strona=240' } as const;
