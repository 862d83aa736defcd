import type { Content } from '../types.ts';

export interface NotificationBannerParams extends Content {
  /** success: the outcome of an action (green, role=alert); important (default): information (blue). */
  type?: 'success' | 'important';
  /** Defaults to "Gotowe"/"Success" or "Ważne"/"Important". */
  title?: string;
  /** A bold line. */
  heading?: string;
  /** The title's id (when a page shows more than one banner). */
  id?: string;
  role?: 'alert' | 'region' | 'status';
}
