// Reads a PDF as a person or a scanner would: its text through a real PDF parser (pdf.js), and its
// QR code by rendering the page to pixels (@napi-rs/canvas) and decoding them (jsQR).
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const open = (bytes: Uint8Array) =>
  getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    .promise;

/** Every page's text, pages separated by a newline; items on a page by a space. */
export async function pdfText(bytes: Uint8Array) {
  const pdf = await open(bytes);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

/** The first QR code found on any page, decoded; null when there is none. */
export async function pdfQrCode(bytes: Uint8Array) {
  const pdf = await open(bytes);
  try {
    for (let n = pdf.numPages; n >= 1; n--) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 3 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({
        canvasContext: context as unknown as CanvasRenderingContext2D,
        canvas: canvas as unknown as HTMLCanvasElement,
        viewport,
      }).promise;
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
      if (code) return code.data;
    }
    return null;
  } finally {
    await pdf.destroy();
  }
}

/** Number of pages. */
export async function pdfPageCount(bytes: Uint8Array) {
  const pdf = await open(bytes);
  const count = pdf.numPages;
  await pdf.destroy();
  return count;
}
