export interface FooterLink {
  href: string;
  text: string;
  lang?: string;
  rel?: string;
}

export interface FooterParams {
  sections?: readonly { heading: string; text?: string; items: readonly FooterLink[] }[];
  meta?: { items?: readonly FooterLink[]; text?: string };
}
