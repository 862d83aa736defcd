import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';

// pdf-lib, fontkit and the fonts take some 60 MB: import this module only where a PDF is made or read
// (dynamically, as the certificate and the receipt do), never at start.
const FONT_DIR = `${createRequire(import.meta.url)
  .resolve('dejavu-fonts-ttf/package.json')
  .replace(/package\.json$/, '')}ttf/`;

/**
 * DejaVu Sans, embedded in every PDF the portal makes: the standard PDF fonts cannot print ą ę ł ż
 * (pdf-lib throws on them).
 */
export const PDF_FONTS = {
  regular: readFileSync(`${FONT_DIR}DejaVuSans.ttf`),
  bold: readFileSync(`${FONT_DIR}DejaVuSans-Bold.ttf`),
};

/** A new document with the portal's fonts embedded (subset: only the letters used). */
export async function pdfWithFonts(): Promise<{ pdf: PDFDocument; regular: PDFFont; bold: PDFFont }> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(PDF_FONTS.regular, { subset: true });
  const bold = await pdf.embedFont(PDF_FONTS.bold, { subset: true });
  return { pdf, regular, bold };
}

/** Text broken into lines no wider than maxWidth at the size given (at spaces; a long word is cut). */
export function linesOf(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > maxWidth) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
