import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { DomainError } from '@/lib/server/action';
import { enforceLimit } from '@/lib/security/rate-limit';
import { documentTitles, verificationUrl } from '@/lib/procurement/documents';
import { programDocumentTitles } from '@/lib/programs/documents';

// The public check of a printed or forwarded document (/verifikasi/{code}): no sign-in, no personal
// data; what the document says it is, and whether a given PDF is byte for byte the one on record.

/** 128-bit codes in base64url: 22 characters. Anything else is not a code we issued. */
export const verificationCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

export const maxCheckedPdfBytes = 20 * 1024 * 1024;

export type VerifiedDocument = NonNullable<Awaited<ReturnType<typeof verifiedDocument>>>;

/** The public facts of a document by its code; null for an unknown or malformed code. */
export async function verifiedDocument(code: string) {
  if (!verificationCodeSchema.safeParse(code).success) return null;
  const doc = await db.procurementDocument.findUnique({
    where: { verificationCode: code },
    select: {
      kind: true,
      number: true,
      issuedAt: true,
      createdAt: true,
      sha256: true,
      supersededAt: true,
      supersededById: true,
      order: {
        select: {
          totalIdr: true,
          acceptedTotalIdr: true,
          opd: { select: { name: true } },
          msme: { select: { name: true } },
          event: { select: { name: true } },
          payment: { select: { amountIdr: true, grossIdr: true } },
        },
      },
    },
  });
  if (!doc) return programDocumentByCode(code);
  const replacement = doc.supersededById
    ? await db.procurementDocument.findUnique({
        where: { id: doc.supersededById },
        select: { verificationCode: true, number: true },
      })
    : null;
  const o = doc.order;
  // The value the document itself states as its total.
  const totalIdr =
    doc.kind === 'SURAT_PESANAN'
      ? o.totalIdr
      : doc.kind === 'PAYMENT_RECORD'
        ? (o.payment?.grossIdr ?? o.totalIdr)
        : (o.acceptedTotalIdr ?? o.totalIdr);
  return {
    code,
    kind: doc.kind,
    title: documentTitles[doc.kind],
    number: doc.number,
    issuedAt: doc.issuedAt ?? doc.createdAt,
    opdName: o.opd.name,
    msmeName: o.msme.name,
    eventName: o.event.name,
    totalIdr,
    paidToMsmeIdr: doc.kind === 'PAYMENT_RECORD' ? (o.payment?.amountIdr ?? null) : null,
    sha256: doc.sha256,
    supersededAt: doc.supersededAt,
    replacedBy: replacement?.verificationCode
      ? { code: replacement.verificationCode, url: verificationUrl(replacement.verificationCode) }
      : null,
    url: verificationUrl(code),
  };
}

/** An aid receipt or attendance list: the facts kept on its row as issued. */
async function programDocumentByCode(code: string) {
  const doc = await db.programDocument.findUnique({
    where: { verificationCode: code },
    include: { program: { select: { name: true, opd: { select: { name: true } } } } },
  });
  if (!doc) return null;
  const replacement = doc.supersededById
    ? await db.programDocument.findUnique({
        where: { id: doc.supersededById },
        select: { verificationCode: true },
      })
    : null;
  return {
    code,
    kind: doc.kind,
    title: programDocumentTitles[doc.kind],
    number: doc.number,
    issuedAt: doc.issuedAt,
    opdName: doc.program.opd.name,
    msmeName: doc.subjectName,
    eventName: doc.program.name,
    totalIdr: doc.totalIdr,
    paidToMsmeIdr: null,
    sha256: doc.sha256,
    supersededAt: doc.supersededAt,
    replacedBy: replacement
      ? { code: replacement.verificationCode, url: verificationUrl(replacement.verificationCode) }
      : null,
    url: verificationUrl(code),
  };
}

export type UploadCheck = { matches: boolean; sha256: string; recorded: string };

/**
 * Compares an uploaded file's SHA-256 with the one on record. Limited per address (hashing 20 MB
 * is cheap, but an endpoint anyone can call should not be free to hammer).
 */
export async function checkUploadedPdf(code: string, bytes: Uint8Array, ip: string): Promise<UploadCheck> {
  const doc = await verifiedDocument(code);
  if (!doc) throw new DomainError('Dokumen tidak ditemukan.', undefined, 404);
  if (bytes.byteLength === 0)
    throw new DomainError('Pilih berkas PDF dokumen.', { file: ['Pilih berkas PDF dokumen.'] }, 422);
  if (bytes.byteLength > maxCheckedPdfBytes)
    throw new DomainError('Berkas lebih dari 20 MB.', { file: ['Berkas lebih dari 20 MB.'] }, 422);
  if (ip !== 'local')
    await enforceLimit(db, { key: `verify:${ip}`, max: 30, windowSeconds: 600 }, 'pemeriksaan');
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  return { matches: sha256 === doc.sha256, sha256, recorded: doc.sha256 };
}
