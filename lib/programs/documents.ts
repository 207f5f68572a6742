import 'server-only';
import crypto from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/server/db';
import { AccessDenied, authorize, type Actor } from '@/lib/auth/actor';
import { DomainError } from '@/lib/server/action';
import { programForManager } from './programs';
import { fileStorage } from '@/lib/uploads/storage';
import { renderOfficialPdf, type OfficialDocument } from '@/lib/documents/official-pdf';
import { newVerificationCode, verificationUrl } from '@/lib/procurement/documents';
import { formatDateOnly, dateOnlyFromDb } from '@/lib/format/date-only';
import { budgetSourceLabel, deliveryKindLabel, programKindLabel } from './labels';

// Program documents on the same renderer and public verification as the procurement documents
// (decision 017): the receipt of each aid delivery, and the attendance list of each session. Made
// in the transaction that records the delivery or the attendance, dated with that day. Recording a
// session's attendance again makes a new list and supersedes the previous one.

export const programDocumentTitles = {
  AID_RECEIPT: 'TANDA TERIMA PENYERAHAN BANTUAN',
  ATTENDANCE_LIST: 'DAFTAR HADIR',
} as const;
type Kind = keyof typeof programDocumentTitles;

const noonWib = (day: Date) => new Date(`${dateOnlyFromDb(day)}T12:00:00+07:00`);

async function nextNumber(tx: Tx, kind: Kind, opdId: string, opdCode: string, day: Date) {
  const year = dateOnlyFromDb(day).slice(0, 4);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`program-doc:${kind}:${opdId}:${year}`}))`;
  const count = await tx.programDocument.count({
    where: {
      kind,
      opdId,
      number: { endsWith: `/${opdCode}/${year}` },
      supersededById: null,
      isCurrent: true,
    },
  });
  const prefix = kind === 'AID_RECEIPT' ? 'TTB' : 'DH';
  return `${String(count + 1).padStart(4, '0')}/${prefix}/${opdCode}/${year}`;
}

async function store(
  tx: Tx,
  row: { kind: Kind; programId: string; opdId: string; deliveryId?: string; sessionId?: string },
  content: Omit<OfficialDocument, 'verifyUrl'>,
  facts: { subjectName: string; totalIdr: bigint | null },
) {
  const code = newVerificationCode();
  const bytes = await renderOfficialPdf({ ...content, verifyUrl: verificationUrl(code) });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const storageKey = `docs/program-${row.kind.toLowerCase().replace(/_/g, '-')}-${sha256.slice(0, 24)}.pdf`;
  await fileStorage().put(storageKey, bytes, 'application/pdf');
  return tx.programDocument.create({
    data: {
      ...row,
      number: content.number,
      storageKey,
      sha256,
      verificationCode: code,
      issuedAt: content.issuedAt,
      subjectName: facts.subjectName,
      totalIdr: facts.totalIdr,
    },
  });
}

const programInclude = {
  opd: { select: { id: true, code: true, name: true, address: true } },
} as const;

/** The receipt of one aid delivery, made in the transaction that records it. */
export async function issueAidReceipt(tx: Tx, deliveryId: string, recordedBy: string) {
  const delivery = await tx.programDelivery.findUniqueOrThrow({
    where: { id: deliveryId },
    include: {
      beneficiary: {
        include: {
          program: { include: programInclude },
          msme: { select: { name: true, nib: true, ownerName: true, address: true } },
          cooperative: { select: { name: true, chairName: true, kecamatan: { select: { name: true } } } },
        },
      },
    },
  });
  const { program } = delivery.beneficiary;
  const { msme, cooperative } = delivery.beneficiary;
  const recipient = {
    name: (msme ?? cooperative!).name,
    address: msme ? msme.address : cooperative?.kecamatan ? `Kecamatan ${cooperative.kecamatan.name}` : null,
    signer: msme ? msme.ownerName : cooperative!.chairName || cooperative!.name,
  };
  const issuedAt = noonWib(delivery.deliveredOn);
  const number = await nextNumber(tx, 'AID_RECEIPT', program.opd.id, program.opd.code, delivery.deliveredOn);
  const unit = delivery.quantity > 0 ? delivery.valueIdr / BigInt(delivery.quantity) : delivery.valueIdr;
  return store(
    tx,
    { kind: 'AID_RECEIPT', programId: program.id, opdId: program.opd.id, deliveryId },
    {
      title: programDocumentTitles.AID_RECEIPT,
      number,
      issuedAt,
      dateOnly: true,
      opd: program.opd,
      facts: [
        ['Program', program.name],
        ['Jenis program', programKindLabel[program.kind]],
        [
          'Sumber anggaran',
          `${budgetSourceLabel[program.budgetSource]}${program.activityCode ? `, kode ${program.activityCode}` : ''}`,
        ],
        ['Penerima', recipient.name],
        ...(msme?.nib ? ([['NIB', msme.nib]] as [string, string][]) : []),
        ['Alamat penerima', recipient.address ?? '-'],
        ['Jenis penyerahan', deliveryKindLabel[delivery.kind]],
        ['Tanggal penyerahan', formatDateOnly(delivery.deliveredOn)],
      ],
      items: [
        {
          description: delivery.description,
          quantity: delivery.quantity,
          unit: 'paket',
          unitPriceIdr: Number(unit),
          totalIdr: delivery.valueIdr,
        },
      ],
      amounts: delivery.valueIdr > 0n ? [['Nilai bantuan', delivery.valueIdr]] : [],
      paragraphs: [
        `Bantuan di atas telah diserahkan oleh ${program.opd.name} dan diterima oleh ${recipient.name} dalam keadaan baik.`,
      ],
      signatures: [
        { role: `Yang menyerahkan, ${program.opd.name}`, name: recordedBy },
        { role: `Yang menerima, ${recipient.name}`, name: recipient.signer },
      ],
    },
    { subjectName: recipient.name, totalIdr: delivery.valueIdr },
  );
}

/** The attendance list of one session as just recorded; a previous list is superseded. */
export async function issueAttendanceList(tx: Tx, sessionId: string, recordedBy: string) {
  const session = await tx.programSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: {
      program: { include: programInclude },
      attendance: {
        include: {
          beneficiary: {
            include: {
              msme: { select: { name: true, kecamatan: { select: { name: true } } } },
              cooperative: { select: { name: true, kecamatan: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`attendance:${sessionId}`}))`;
  const { program } = session;
  const rows = session.attendance
    .map((a) => ({ who: a.beneficiary.msme ?? a.beneficiary.cooperative!, present: a.present }))
    .sort((a, b) => a.who.name.localeCompare(b.who.name, 'id'));
  const present = rows.filter((r) => r.present).length;
  const previous = await tx.programDocument.findFirst({ where: { sessionId, isCurrent: true } });
  const number =
    previous?.number ??
    (await nextNumber(tx, 'ATTENDANCE_LIST', program.opd.id, program.opd.code, session.heldOn));
  if (previous)
    await tx.programDocument.update({
      where: { id: previous.id },
      data: { isCurrent: null, supersededAt: new Date() },
    });
  const fresh = await store(
    tx,
    { kind: 'ATTENDANCE_LIST', programId: program.id, opdId: program.opd.id, sessionId },
    {
      title: programDocumentTitles.ATTENDANCE_LIST,
      number,
      issuedAt: noonWib(session.heldOn),
      dateOnly: true,
      opd: program.opd,
      facts: [
        ['Program', program.name],
        ['Sesi', session.title],
        ['Tanggal', formatDateOnly(session.heldOn)],
        ['Tempat', session.venue || '-'],
        ['Kehadiran', `${present} hadir dari ${rows.length} peserta`],
      ],
      items: [],
      table: {
        head: ['No.', 'Peserta (UMKM / koperasi)', 'Kecamatan', 'Kehadiran'],
        widths: [20, '*', 110, 70],
        rows: rows.map((r, n) => [
          String(n + 1),
          r.who.name,
          r.who.kecamatan?.name ?? '-',
          r.present ? 'Hadir' : 'Tidak hadir',
        ]),
      },
      amounts: [],
      paragraphs: previous
        ? ['Daftar ini menggantikan daftar hadir sesi yang sama yang dicatat sebelumnya.']
        : [],
      signatures: [{ role: `Penyelenggara, ${program.opd.name}`, name: recordedBy }],
    },
    { subjectName: `${present} dari ${rows.length} peserta hadir`, totalIdr: null },
  );
  if (previous)
    await tx.programDocument.update({ where: { id: previous.id }, data: { supersededById: fresh.id } });
  return fresh;
}

/**
 * A program document's file for someone who may see it: the program's managers (its OPD's staff,
 * Dinas admins), and for a receipt the UMKM that received the aid. Null otherwise, the same answer
 * as for an id that does not exist.
 */
export async function programDocumentFile(actor: Actor | null, id: string) {
  const viewer = authorize(actor, ['OPD_STAFF', 'DINAS_ADMIN', 'MSME_OWNER']);
  const doc = await db.programDocument.findUnique({ where: { id } });
  if (!doc) return null;
  if (viewer.role === 'MSME_OWNER') {
    if (doc.kind !== 'AID_RECEIPT' || !doc.deliveryId || !viewer.msmeId) return null;
    const mine = await db.programDelivery.count({
      where: { id: doc.deliveryId, beneficiary: { msmeId: viewer.msmeId } },
    });
    if (!mine) return null;
  } else {
    const allowed = await programForManager(viewer, doc.programId).then(
      () => true,
      (error) => {
        if (error instanceof AccessDenied || error instanceof DomainError) return false;
        throw error;
      },
    );
    if (!allowed) return null;
  }
  const bytes = await fileStorage().get(doc.storageKey);
  if (!bytes) return null;
  const prefix = doc.kind === 'AID_RECEIPT' ? 'tanda-terima' : 'daftar-hadir';
  return { bytes, filename: `${prefix}-${doc.number.replace(/[^A-Za-z0-9]+/g, '-')}.pdf` };
}
