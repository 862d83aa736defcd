export const rateLimit = {
  'rateLimit.tooMany': 'Zbyt wiele prób. Spróbuj ponownie za {minutes} min.',
} as const;
