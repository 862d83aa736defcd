export interface BreadcrumbsParams {
  /** From the home page down; the current page last, without href. */
  items: readonly { text: string; href?: string }[];
  collapseOnMobile?: boolean;
}
