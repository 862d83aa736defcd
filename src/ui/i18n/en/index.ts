import type { MessageKey, MessageValue } from '../messages.ts';
import { auth } from './auth.ts';
import { core } from './core.ts';

/** English: the same keys as Polish, file for file. */
export const en: Record<MessageKey, MessageValue> = { ...core, ...auth };
