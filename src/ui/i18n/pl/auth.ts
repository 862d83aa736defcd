export const auth = {
  'auth.signInRequired': 'Zaloguj się, aby kontynuować.',
  'auth.forbidden': 'Nie masz uprawnień do tej czynności.',
  'auth.twoFactorRequired':
    'Ta rola wymaga weryfikacji dwuetapowej. Włącz ją lub potwierdź kodem na stronie konta.',
  'auth.invalidToken': 'Token API jest nieprawidłowy albo został unieważniony.',
  'auth.csrfInvalid': 'Formularz wygasł albo pochodzi z innej strony. Odśwież stronę i spróbuj ponownie.',
  'error.unauthorizedTitle': 'Wymagane logowanie',
  'error.forbiddenTitle': 'Brak uprawnień',
} as const;
