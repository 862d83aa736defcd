import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  type PDFPage,
  PDFRawStream,
  PDFString,
  rgb,
} from 'pdf-lib';
import QRCode from 'qrcode';
import { DEFAULT_ISSUING_AUTHORITY } from '../../config.ts';
import { linesOf, pdfWithFonts } from '../../platform/pdf.ts';
import { toRoman } from '../../platform/roman.ts';
import { formatCalendarDate } from '../../platform/time.ts';
import { translator } from '../../ui/i18n/messages.ts';
import { canonicalJson, type SigningKey, sha256Hex, signText, verificationUrl } from './signing.ts';

/** What a certificate states; every field is printed, and signed together with the page's content. */
export interface CertificateFacts {
  code: string;
  programme: string;
  roundNumber: number;
  roundYear: number | null;
  cluster: string;
  representedBy: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  validUntil: string | null;
}

/** The signed record embedded in the file: the facts, the SHA-256 of the page's drawing, the version. */
export interface SignedRecord extends CertificateFacts {
  version: number;
  contentSha256: string;
}

const FACTS_KEY = PDFName.of('KKKCertificate');
const SIGNATURE_KEY = PDFName.of('KKKSignature');
const t = translator('pl');
const INK = rgb(0.1, 0.1, 0.15);
const ACCENT = rgb(0.0, 0.25, 0.5);
const PAGE = { width: 842, height: 595, margin: 60 };

function centred(page: PDFPage, text: string, font: PDFFont, size: number, y: number, color = INK): number {
  let top = y;
  for (const line of linesOf(text, font, size, PAGE.width - 2 * PAGE.margin)) {
    page.drawText(line, {
      x: (PAGE.width - font.widthOfTextAtSize(line, size)) / 2,
      y: top,
      size,
      font,
      color,
    });
    top -= size * 1.3;
  }
  return top;
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const cell = size / (count + 8);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < count; row++)
    for (let column = 0; column < count; column++)
      if (qr.modules.get(row, column))
        page.drawRectangle({
          x: x + (column + 4) * cell,
          y: y + size - (row + 5) * cell,
          width: cell,
          height: cell,
          color: rgb(0, 0, 0),
        });
}

const noData = t('certificates.noData');
const dateOrNoData = (date: string | null) => (date ? formatCalendarDate(date, 'pl') : noData);

async function drawnCertificate(
  facts: CertificateFacts,
  baseUrl: string,
  key: SigningKey,
  issuedBy: string,
): Promise<Uint8Array> {
  const { pdf, regular, bold } = await pdfWithFonts();
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({
    x: 20,
    y: 20,
    width: PAGE.width - 40,
    height: PAGE.height - 40,
    borderColor: ACCENT,
    borderWidth: 3,
  });
  let y = centred(page, t('certificates.pdf.title'), bold, 30, 510, ACCENT);
  y = centred(page, t('certificates.pdf.subtitle'), regular, 16, y - 4);
  y = centred(page, t('certificates.pdf.confirms'), regular, 13, y - 18);
  y = centred(page, facts.cluster, bold, 24, y - 10);
  const round = facts.roundYear
    ? t('certificates.pdf.roundYear', { round: toRoman(facts.roundNumber), year: facts.roundYear })
    : t('certificates.pdf.round', { round: toRoman(facts.roundNumber) });
  y = centred(page, round, regular, 13, y - 10);
  // Label–value lines: no inflected sentence depends on who represents the cluster or grants the status.
  const lines = [
    t('certificates.pdf.representedBy', { organisation: facts.representedBy ?? noData }),
    t('certificates.pdf.issuedBy', { authority: issuedBy }),
    t('certificates.pdf.documentNumber', { value: facts.documentNumber ?? noData }),
    t('certificates.pdf.documentDate', { value: dateOrNoData(facts.documentDate) }),
    t('certificates.pdf.validUntil', { value: dateOrNoData(facts.validUntil) }),
  ];
  for (const line of lines) {
    y -= 22;
    page.drawText(line, { x: PAGE.margin + 10, y, size: 12, font: regular, color: INK });
  }
  const url = verificationUrl(baseUrl, facts.code);
  drawQr(page, url, PAGE.width - PAGE.margin - 130, 40, 130);
  const footer = [
    t('certificates.pdf.verifyAt'),
    url,
    t('certificates.pdf.code', { code: facts.code }),
    t('certificates.pdf.signed', { fingerprint: key.fingerprint }),
  ];
  let footerY = 118;
  for (const line of footer) {
    page.drawText(line, { x: PAGE.margin + 10, y: footerY, size: 9, font: regular, color: INK });
    footerY -= 14;
  }
  pdf.setTitle(t('certificates.pdf.fileTitle', { cluster: facts.cluster }));
  pdf.setAuthor('Portal Klastrów');
  pdf.setKeywords(['KKK', facts.code]);
  return pdf.save();
}

/** The decoded drawing instructions of the first page, in order: what the reader sees. */
export function pageContent(pdf: PDFDocument): Buffer {
  const page = pdf.getPage(0);
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  return Buffer.concat(
    streams.map((stream) => {
      if (!(stream instanceof PDFRawStream)) throw new Error('Unexpected page content');
      const filter = stream.dict.get(PDFName.of('Filter'));
      const bytes = Buffer.from(stream.contents);
      return filter === PDFName.of('FlateDecode') ? inflateSync(bytes) : bytes;
    }),
  );
}

/** The record to sign; null keeps its place, so nothing unknown can be added later. */
export function canonicalRecord(record: SignedRecord): string {
  return canonicalJson({ ...record });
}

/**
 * The certificate as a PDF: drawn first, then its page content is hashed and the facts with that hash
 * are signed (Ed25519) and embedded in the file's information dictionary. Editing the visible text
 * changes the hash; editing the embedded facts breaks the signature.
 */
export async function certificatePdf(
  facts: CertificateFacts,
  baseUrl: string,
  key: SigningKey,
  issuedBy: string = DEFAULT_ISSUING_AUTHORITY,
): Promise<Uint8Array> {
  const drawn = await PDFDocument.load(await drawnCertificate(facts, baseUrl, key, issuedBy), {
    updateMetadata: false,
  });
  const record: SignedRecord = { ...facts, version: 1, contentSha256: sha256Hex(pageContent(drawn)) };
  const text = canonicalRecord(record);
  const info = drawn.context.lookup(drawn.context.trailerInfo.Info, PDFDict);
  info.set(FACTS_KEY, PDFHexString.fromText(text));
  info.set(SIGNATURE_KEY, PDFString.of(signText(key, text)));
  return drawn.save();
}

/** The embedded record and signature of an uploaded file, or null when it carries none. */
export async function embeddedRecord(
  bytes: Uint8Array,
): Promise<{ text: string; signature: string; content: Buffer | null } | null> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    return null;
  }
  const infoRef = pdf.context.trailerInfo.Info;
  const info = infoRef ? pdf.context.lookup(infoRef) : undefined;
  if (!(info instanceof PDFDict) || pdf.getPageCount() < 1) return null;
  const facts = info.lookup(FACTS_KEY);
  const signature = info.lookup(SIGNATURE_KEY);
  if (!(facts instanceof PDFHexString || facts instanceof PDFString)) return null;
  if (!(signature instanceof PDFHexString || signature instanceof PDFString)) return null;
  let text: string;
  let signatureText: string;
  try {
    text = facts.decodeText();
    signatureText = signature.decodeText();
  } catch {
    return null;
  }
  // A page whose drawing no longer decodes (a changed byte in its compressed stream) has no content.
  let content: Buffer | null;
  try {
    content = pageContent(pdf);
  } catch {
    content = null;
  }
  return { text, signature: signatureText, content };
}
