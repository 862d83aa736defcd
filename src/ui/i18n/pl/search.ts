/** Polish texts of portal-wide search. */
export const search = {
  'search.title': 'Szukaj w portalu',
  'search.lead': 'Klastry, statusy KKK i wszystko, co publikuje portal — w jednym miejscu.',
  'search.label': 'Czego szukasz?',
  'search.hint': 'Wpisz słowa w dowolnej formie, np. „klastry lotnicze” albo „innowacji”.',
  'search.submit': 'Szukaj',
  'search.types.heading': 'Rodzaj',
  'search.types.all': 'Wszystko',
  'search.results.heading': 'Wyniki',
  'search.results.count': {
    one: 'Znaleziono {count} wynik',
    few: 'Znaleziono {count} wyniki',
    many: 'Znaleziono {count} wyników',
    other: 'Znaleziono {count} wyniku',
  },
  'search.didYouMean': 'Nic nie pasuje do „{typed}”. Pokazujemy wyniki dla:',
  'search.none': 'Nic nie znaleźliśmy dla „{typed}”.',
  'search.noneHint': 'Sprawdź pisownię, użyj mniej słów albo ogólniejszych.',
  'search.empty': 'Wpisz, czego szukasz, i naciśnij „Szukaj”.',
  'search.kind.other': 'Inne',
} as const;
