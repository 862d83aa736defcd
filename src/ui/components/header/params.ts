export interface HeaderParams {
  homeHref?: string;
  /** A line under the wordmark (hidden on phones). */
  tagline?: string;
}
