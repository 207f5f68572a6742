import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatRupiah } from '@/lib/format/money';
import { terbilang } from '@/lib/format/terbilang';

// Official documents (Surat Pesanan, BAST, payment record, inspection report) on pdfmake
// (decision 017): declarative tables, page footers with "Halaman x dari y", a built-in QR code, and
// embedded, subset TrueType fonts. DejaVu Sans covers Indonesian and every Latin, Greek and Cyrillic
// name an owner types; it has no CJK glyphs (noted in the decision).

export type OfficialDocument = {
  title: string;
  number: string;
  /** the act's moment: the award, the handover, the payment; printed and used as the PDF's date */
  issuedAt: Date;
  /** print the date without a time (acts recorded by day: a delivery, a session) */
  dateOnly?: boolean;
  opd: { name: string; address: string | null };
  facts: [label: string, value: string][];
  items: { description: string; quantity: number; unit: string; unitPriceIdr: number; totalIdr: bigint }[];
  /** rows under the items table: subtotal, PPN, PPh 22, total; the last is written in words */
  amounts: [label: string, amountIdr: bigint][];
  /** a table of its own instead of the items (an attendance list) */
  table?: { head: string[]; widths: (number | '*')[]; rows: string[][] };
  paragraphs: string[];
  signatures: { role: string; name: string; nip?: string | null; note?: string }[];
  verifyUrl: string;
};

// Kantor Wali Kota Medan, printed when an OPD has no address of its own on record.
const pemkoAddress = 'Jalan Kapten Maulana Lubis No. 2, Medan 20112';

// pdfmake's in-memory file system, where the fonts are put (not in @types/pdfmake).
const fontFiles = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } })
  .virtualfs;

let fontsReady = false;
function ensureFonts() {
  if (fontsReady) return;
  const dir = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'])
    fontFiles.writeFileSync(file, fs.readFileSync(path.join(dir, file)));
  pdfmake.setFonts({
    DejaVu: {
      normal: 'DejaVuSans.ttf',
      bold: 'DejaVuSans-Bold.ttf',
      italics: 'DejaVuSans-Oblique.ttf',
      bolditalics: 'DejaVuSans-Bold.ttf',
    },
  });
  // Documents are made from our own data only: no URL or file is ever fetched while rendering.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fontsReady = true;
}

const longDate = (d: Date) =>
  new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'long' }).format(d);
const clock = (d: Date) =>
  new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);

function letterhead(doc: OfficialDocument): Content[] {
  return [
    { text: 'PEMERINTAH KOTA MEDAN', style: 'kop', fontSize: 13 },
    { text: doc.opd.name.toUpperCase(), style: 'kop', fontSize: 12 },
    { text: doc.opd.address ?? pemkoAddress, alignment: 'center', fontSize: 8.5 },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 4, x2: 499, y2: 4, lineWidth: 2 },
        { type: 'line', x1: 0, y1: 7, x2: 499, y2: 7, lineWidth: 0.5 },
      ],
      margin: [0, 0, 0, 14],
    },
    { text: doc.title, style: 'title' },
    { text: `Nomor: ${doc.number}`, alignment: 'center', margin: [0, 2, 0, 12] },
  ];
}

function ownTable(table: NonNullable<OfficialDocument['table']>): Content {
  const head = table.head.map((text) => ({ text, bold: true, fillColor: '#eeeeee' }));
  return {
    table: { headerRows: 1, widths: table.widths, body: [head, ...table.rows] },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
    margin: [0, 4, 0, 4],
  };
}

function itemsTable(doc: OfficialDocument): Content {
  const head = ['No.', 'Uraian', 'Jumlah', 'Satuan', 'Harga satuan', 'Total'].map((text) => ({
    text,
    bold: true,
    fillColor: '#eeeeee',
  }));
  const rows = doc.items.map((item, n) => [
    String(n + 1),
    item.description,
    { text: item.quantity.toLocaleString('id-ID'), alignment: 'right' as const },
    item.unit,
    { text: formatRupiah(item.unitPriceIdr), alignment: 'right' as const },
    { text: formatRupiah(item.totalIdr), alignment: 'right' as const },
  ]);
  const sums = doc.amounts.map(([label, amount], n) => [
    { text: label, colSpan: 5, alignment: 'right' as const, bold: n === doc.amounts.length - 1 },
    '',
    '',
    '',
    '',
    { text: formatRupiah(amount), alignment: 'right' as const, bold: n === doc.amounts.length - 1 },
  ]);
  return {
    table: { headerRows: 1, widths: [20, '*', 44, 48, 72, 80], body: [head, ...rows, ...sums] },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
    margin: [0, 4, 0, 4],
  };
}

function signatureBlocks(doc: OfficialDocument): Content {
  return {
    columns: doc.signatures.map((s) => ({
      stack: [
        { text: s.role, bold: true },
        { text: s.note ?? '', fontSize: 7.5, margin: [0, 2, 0, 0] },
        { text: s.name, decoration: 'underline' as const, margin: [0, 36, 0, 0] },
        { text: s.nip ? `NIP ${s.nip}` : '' },
      ],
      alignment: 'center' as const,
    })),
    columnGap: 24,
    margin: [0, 18, 0, 0],
    unbreakable: true,
  };
}

export function officialDefinition(doc: OfficialDocument): TDocumentDefinitions {
  const last = doc.amounts.at(-1);
  return {
    pageSize: 'A4',
    pageMargins: [48, 40, 48, 64],
    info: {
      title: `${doc.title} ${doc.number}`,
      author: doc.opd.name,
      creator: 'Etalase UMKM Medan',
      // The act's date, so the same document renders to the same bytes (and hash) every time.
      creationDate: doc.issuedAt,
      modDate: doc.issuedAt,
    },
    defaultStyle: { font: 'DejaVu', fontSize: 9, lineHeight: 1.15 },
    styles: {
      kop: { bold: true, alignment: 'center' },
      title: { bold: true, fontSize: 12, alignment: 'center', decoration: 'underline' },
    },
    footer: (page, pages) => ({
      columns: [
        { text: `Verifikasi keaslian: ${doc.verifyUrl}`, fontSize: 7 },
        { text: `Halaman ${page} dari ${pages}`, fontSize: 7, alignment: 'right', width: 90 },
      ],
      margin: [48, 24, 48, 0],
    }),
    content: [
      ...letterhead(doc),
      {
        table: { widths: [120, '*'], body: doc.facts.map(([label, value]) => [label, `: ${value}`]) },
        layout: 'noBorders',
      },
      { text: '', margin: [0, 6] },
      doc.table ? ownTable(doc.table) : itemsTable(doc),
      ...(last
        ? [{ text: `Terbilang: ${terbilang(last[1])}`, italics: true, margin: [0, 2, 0, 8] } as Content]
        : []),
      ...doc.paragraphs.map((text) => ({ text, margin: [0, 4, 0, 0] }) as Content),
      {
        text: `Medan, ${longDate(doc.issuedAt)}${doc.dateOnly ? '' : `, pukul ${clock(doc.issuedAt)} WIB`}`,
        margin: [0, 12, 0, 0],
      },
      signatureBlocks(doc),
      {
        columns: [
          { qr: doc.verifyUrl, fit: 96, width: 110 },
          {
            stack: [
              { text: 'Pindai kode QR atau buka alamat ini untuk memeriksa keaslian dokumen:', fontSize: 8 },
              { text: doc.verifyUrl, fontSize: 8, bold: true, margin: [0, 2, 0, 0] },
              {
                text: 'Di halaman itu berkas PDF ini dapat diunggah untuk dicocokkan dengan sidik SHA-256 yang tercatat.',
                fontSize: 7.5,
                margin: [0, 4, 0, 0],
              },
            ],
          },
        ],
        margin: [0, 20, 0, 0],
        unbreakable: true,
      },
    ],
  };
}

/** Renders an official document to PDF bytes; the same input gives the same bytes. */
export async function renderOfficialPdf(doc: OfficialDocument): Promise<Uint8Array> {
  ensureFonts();
  const buffer: Buffer = await pdfmake.createPdf(officialDefinition(doc)).getBuffer();
  return new Uint8Array(buffer);
}
