import type { Content } from '../types.ts';

export type InsetTextParams = Content;
