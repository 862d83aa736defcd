export interface PaginationLink {
  href: string;
  /** Defaults to "Poprzednia strona"/"Następna strona". */
  text?: string;
  /** A second line, e.g. the other page's title (block style). */
  labelText?: string;
}

export interface PaginationParams {
  previous?: PaginationLink | null;
  next?: PaginationLink | null;
  /** Numbered pages; leave out for the block style (previous/next only, with status). */
  items?: readonly (
    | { number: number; href: string; current?: boolean; ellipsis?: false }
    | { ellipsis: true }
  )[];
  /** The text between the links in block style, e.g. "Strona 2 z 7". */
  status?: string;
  label?: string;
}
