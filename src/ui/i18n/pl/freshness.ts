/** Polish texts of the half-yearly confirmation of a cluster's data. */
export const freshness = {
  'freshness.heading': 'Aktualność danych',
  'freshness.lastConfirmed': 'Dane klastra potwierdzono ostatnio {date}.',
  'freshness.explanation':
    'Co pół roku prosimy o potwierdzenie, że dane są aktualne; profil niepotwierdzony przez rok jest oznaczany jako nieaktualny.',
  'freshness.confirm': 'Potwierdzam aktualność danych',
  'freshness.notice.confirmed': 'Dziękujemy — potwierdzono aktualność danych klastra.',
};
