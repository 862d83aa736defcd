/** HTML the mail layout built itself; every other value is escaped when it is interpolated. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

type Interpolation = string | number | SafeHtml | readonly SafeHtml[];

function interpolate(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  return escapeHtml(String(value));
}

/** A tagged template: `html\`<p>${text}</p>\`` escapes `text`, so no caller can forget to. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, part, index) => out + interpolate(values[index - 1] ?? '') + part),
  );
}

/** Links in mails lead to the portal; anything but http(s) (javascript:, data:) is a bug upstream. */
export function assertWebLink(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`A mail link must be an http(s) address (got ${parsed.protocol})`);
  }
  return url;
}
