import { type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { linesOf, pdfWithFonts } from '../../platform/pdf.ts';
import { formatDateTime, type Locale } from '../../platform/time.ts';
import { translator } from '../../ui/i18n/messages.ts';
import type { ApplicationSnapshot } from './snapshot.ts';

const INK = rgb(0.1, 0.1, 0.15);
const ACCENT = rgb(0.0, 0.25, 0.5);
// A4 portrait.
const PAGE = { width: 595, height: 842, margin: 56 };
const WIDTH = PAGE.width - 2 * PAGE.margin;

export interface ReceiptFacts {
  snapshot: ApplicationSnapshot;
  sha256: string;
}

/** Writes lines down the page from y; returns the y below them. */
function write(page: PDFPage, text: string, font: PDFFont, size: number, y: number, color = INK): number {
  let top = y;
  for (const line of linesOf(text, font, size, WIDTH)) {
    page.drawText(line, { x: PAGE.margin, y: top, size, font, color });
    top -= size * 1.35;
  }
  return top;
}

/**
 * The receipt of a submitted application as a PDF, in the reader's language: the same facts as the
 * receipt page (call, cluster, receipt number, instant in Warsaw time, version, SHA-256) and each
 * attachment's name and SHA-256, so the applicant can keep proof of what was sent and when.
 */
export async function receiptPdf(facts: ReceiptFacts, locale: Locale): Promise<Uint8Array> {
  const t = translator(locale);
  const { snapshot } = facts;
  const { pdf, regular, bold } = await pdfWithFonts();
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = write(page, t('competition.receipt.title'), bold, 20, PAGE.height - PAGE.margin - 10, ACCENT);
  y -= 12;
  const rows: [string, string][] = [
    [t('competition.application.round'), locale === 'en' ? snapshot.round.nameEn : snapshot.round.namePl],
    [t('competition.receiptPdf.cluster'), snapshot.cluster.name],
    [t('competition.receipt.number'), snapshot.receiptNumber],
    [t('competition.receipt.at'), formatDateTime(snapshot.submittedAt, locale)],
    [t('competition.receipt.version'), String(snapshot.version)],
    [t('competition.receipt.sha256'), facts.sha256],
  ];
  for (const [label, value] of rows) {
    y = write(page, label, bold, 10, y);
    y = write(page, value, regular, 11, y - 1) - 8;
  }
  if (snapshot.attachments.length > 0) {
    y = write(page, t('competition.formal.attachments'), bold, 13, y - 6, ACCENT) - 4;
    for (const attachment of snapshot.attachments) {
      y = write(page, attachment.fileName, regular, 10, y);
      y = write(page, `SHA-256: ${attachment.sha256}`, regular, 8, y) - 6;
    }
  }
  write(page, t('competition.receiptPdf.note'), regular, 9, Math.min(y - 10, PAGE.margin + 40));
  pdf.setTitle(`${t('competition.receipt.title')} ${snapshot.receiptNumber}`);
  pdf.setAuthor('Portal Klastrów');
  pdf.setLanguage(locale === 'en' ? 'en-GB' : 'pl-PL');
  return pdf.save();
}
