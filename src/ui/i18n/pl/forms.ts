export const forms = {
  'form.errorSummary': 'Popraw błędy w formularzu',
  'form.errorPrefix': 'Błąd:',
} as const;
