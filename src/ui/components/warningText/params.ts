import type { Content } from '../types.ts';

export type WarningTextParams = Content;
