import { auth } from './auth.ts';
import { core } from './core.ts';

/** Polish, the portal's first language: one file per area, merged here. */
export const pl = { ...core, ...auth };
