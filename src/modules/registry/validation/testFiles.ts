/** Test helpers that build members files as the bytes a spreadsheet would save. */

const WINDOWS_1250: Record<string, number> = {
  ą: 0xb9,
  ć: 0xe6,
  ę: 0xea,
  ł: 0xb3,
  ń: 0xf1,
  ó: 0xf3,
  ś: 0x9c,
  ź: 0x9f,
  ż: 0xbf,
  Ą: 0xa5,
  Ć: 0xc6,
  Ę: 0xca,
  Ł: 0xa3,
  Ń: 0xd1,
  Ó: 0xd3,
  Ś: 0x8c,
  Ź: 0x8f,
  Ż: 0xaf,
};

/** Text as Windows-1250 bytes (ASCII and the Polish letters, which is all the tests need). */
export function windows1250(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = WINDOWS_1250[char] ?? char.charCodeAt(0);
      if (code > 0xff || (code > 0x7f && !(char in WINDOWS_1250))) throw new Error(`No mapping for ${char}`);
      return code;
    }),
  );
}

/** Lines joined as Excel saves them (CRLF), in UTF-8, with a BOM unless told otherwise. */
export function utf8Csv(lines: readonly string[], { bom = true, newline = '\r\n' } = {}): Buffer {
  return Buffer.from(`${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`, 'utf8');
}
