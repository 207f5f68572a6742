// A small PDF writer for the procurement documents (Surat Pesanan, BAST, payment record): text in
// Helvetica on A4 pages, with headings, label/value rows and simple tables. Enough for an official
// letter layout without a PDF dependency; the bytes are deterministic for the same input.

type Line = { text: string; size: number; bold?: boolean; x?: number; gap?: number };

const A4 = { width: 595, height: 842, margin: 56 };

// Helvetica in WinAnsiEncoding covers Indonesian text; other characters become '?'.
function encode(text: string) {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    const mapped =
      code === 0x2013 || code === 0x2014
        ? 45
        : code === 0x2019 || code === 0x2018
          ? 39
          : code === 0x201c || code === 0x201d
            ? 34
            : code === 0x2022
              ? 149
              : code;
    const c = mapped < 32 || mapped > 255 ? 63 : mapped;
    out +=
      c === 40 || c === 41 || c === 92
        ? `\\${String.fromCharCode(c)}`
        : c > 126
          ? `\\${c.toString(8).padStart(3, '0')}`
          : String.fromCharCode(c);
  }
  return out;
}

export class PdfDocument {
  private pages: string[][] = [[]];
  private y = A4.height - A4.margin;

  private add(line: Line) {
    const step = line.size * 1.35 + (line.gap ?? 0);
    if (this.y - step < A4.margin) {
      this.pages.push([]);
      this.y = A4.height - A4.margin;
    }
    this.y -= step;
    this.pages[this.pages.length - 1].push(
      `BT /${line.bold ? 'F2' : 'F1'} ${line.size} Tf ${line.x ?? A4.margin} ${this.y.toFixed(1)} Td (${encode(line.text)}) Tj ET`,
    );
  }

  /** Wraps long text at about `width` characters. */
  text(text: string, options: { size?: number; bold?: boolean; indent?: number; gap?: number } = {}) {
    const size = options.size ?? 10;
    const width = Math.floor((A4.width - 2 * A4.margin - (options.indent ?? 0)) / (size * 0.5));
    const words = text.split(/\s+/);
    let current = '';
    let first = true;
    const flush = () => {
      this.add({
        text: current,
        size,
        bold: options.bold,
        x: A4.margin + (options.indent ?? 0),
        gap: first ? options.gap : 0,
      });
      first = false;
    };
    for (const word of words) {
      if ((current + ' ' + word).trim().length > width && current) {
        flush();
        current = word;
      } else current = (current + ' ' + word).trim();
    }
    flush();
    return this;
  }

  heading(text: string) {
    return this.text(text, { size: 14, bold: true, gap: 6 });
  }

  /** Label and value in two columns. */
  row(label: string, value: string) {
    this.add({ text: label, size: 10, x: A4.margin });
    this.y += 10 * 1.35;
    this.add({ text: `: ${value}`, size: 10, x: A4.margin + 150 });
    return this;
  }

  /** A table with fixed column offsets (points from the left margin). */
  table(columns: { title: string; at: number }[], rows: string[][]) {
    const line = (cells: string[], bold: boolean) => {
      cells.forEach((cell, i) => {
        if (i > 0) this.y += 10 * 1.35;
        this.add({ text: cell, size: 10, bold, x: A4.margin + columns[i].at });
      });
    };
    line(
      columns.map((c) => c.title),
      true,
    );
    for (const row of rows) line(row, false);
    return this;
  }

  space(points = 12) {
    this.y -= points;
    return this;
  }

  toBytes(): Uint8Array {
    const objects: string[] = [];
    const pageIds: number[] = [];
    // 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, then a page and its content per page.
    objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
    objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
    objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
    let next = 5;
    for (const page of this.pages) {
      const content = page.join('\n');
      const pageId = next++;
      const contentId = next++;
      pageIds.push(pageId);
      objects[pageId] =
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentId} 0 R >>`;
      objects[contentId] =
        `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
    }
    objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
    let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
    const offsets: number[] = [];
    for (let id = 1; id < objects.length; id++) {
      offsets[id] = Buffer.byteLength(body, 'latin1');
      body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
    }
    const xref = Buffer.byteLength(body, 'latin1');
    body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
    for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
    body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return new Uint8Array(Buffer.from(body, 'latin1'));
  }
}
