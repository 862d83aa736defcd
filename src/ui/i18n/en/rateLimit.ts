import type { MessageValue } from '../messages.ts';
import type { rateLimit as pl } from '../pl/rateLimit.ts';

export const rateLimit: Record<keyof typeof pl, MessageValue> = {
  'rateLimit.tooMany': 'Too many attempts. Please try again in {minutes} min.',
};
