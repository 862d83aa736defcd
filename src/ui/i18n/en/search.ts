import type { MessageValue } from '../messages.ts';
import type { search as pl } from '../pl/search.ts';

/** English texts of portal-wide search. */
export const search: Record<keyof typeof pl, MessageValue> = {
  'search.title': 'Search the portal',
  'search.lead': 'Clusters, KKK statuses and everything the portal publishes, in one place.',
  'search.label': 'What are you looking for?',
  'search.hint': 'Type words in any form, e.g. “klastry lotnicze” or “innovation”.',
  'search.submit': 'Search',
  'search.types.heading': 'Type',
  'search.types.all': 'Everything',
  'search.results.heading': 'Results',
  'search.results.count': { one: '{count} result found', other: '{count} results found' },
  'search.didYouMean': 'Nothing matches “{typed}”. Showing results for:',
  'search.none': 'Nothing found for “{typed}”.',
  'search.noneHint': 'Check the spelling, or use fewer or more general words.',
  'search.empty': 'Type what you are looking for and press “Search”.',
  'search.kind.other': 'Other',
};
