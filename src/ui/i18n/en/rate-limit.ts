import type { MessageValue } from '../messages.ts';
import type { rateLimit as pl } from '../pl/rate-limit.ts';

export const rateLimit: Record<keyof typeof pl, MessageValue> = {
  'rateLimit.tooMany': 'Too many attempts. Please try again in {minutes} min.',
};
