export const forms = {
  'form.errorSummary': 'Popraw błędy w formularzu',
  'form.errorPrefix': 'Błąd:',
  'form.optional': '(opcjonalnie)',
  'form.badUpload': 'Nie udało się odczytać wysłanego formularza. Spróbuj jeszcze raz.',
} as const;
