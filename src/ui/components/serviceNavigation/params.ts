export interface ServiceNavigationItem {
  href: string;
  text: string;
  current?: boolean;
  /** When the text is in another language than the page. */
  lang?: string;
}

export interface ServiceNavigationParams {
  items: readonly ServiceNavigationItem[];
  /** The nav's name; defaults to "Menu główne". */
  label?: string;
  sectionLabel?: string;
}
