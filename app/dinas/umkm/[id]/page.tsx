/* eslint-disable @next/next/no-img-element -- images are pre-sized WebP variants (lib/uploads), not next/image */
import type { Metadata } from 'next';
import { whatsappLink } from '@/lib/notify/whatsapp';
import { publicOrigin } from '@/lib/server/env';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getMsmeForReview } from '@/lib/msme/review';
import { orNotFound } from '@/lib/server/not-found';
import { formatWib } from '@/lib/format/time';
import { ReviewPanel } from './review-panel';
import { NikReveal } from './nik-reveal';
import { OwnerAccount } from './owner-account';
import { nikRevealPurposes } from '@/lib/msme/review';
import { formatDateOnly } from '@/lib/format/date-only';
import { isStillValid } from '@/lib/msme/certificates';
import { getPhrases } from '@/lib/i18n/server';
import { describeDuplicateIn } from '../../duplicate-text';
import { sizeLabel } from '@/lib/format/labels';
import { formatRupiah } from '@/lib/format/money';
import { HelpHistory } from '@/app/components/program/criteria';

export const metadata: Metadata = { title: 'Data UMKM' };
const statusLabel = {
  DRAFT: 'Draf',
  SUBMITTED: 'Menunggu verifikasi',
  VERIFIED: 'UMKM binaan (terverifikasi)',
  NEEDS_CHANGES: 'Dikembalikan untuk perbaikan',
  SUSPENDED: 'Dibekukan',
} as const;

export default async function MsmeReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['DINAS_ADMIN'], `/dinas/umkm/${id}`);
  const [m, t] = await Promise.all([orNotFound(getMsmeForReview(actor, id)), getPhrases()]);
  const origin = publicOrigin();
  const rows: [string, React.ReactNode][] = [
    [
      'Status',
      <span key="status" data-testid="msme-status">
        {t(statusLabel[m.status])}
      </span>,
    ],
    ['Pemilik', m.ownerName],
    ['NIK', <NikReveal key="nik" id={m.id} last4={m.nikLast4} purposes={nikRevealPurposes} />],
    ['Akun pemilik', <OwnerAccount key="owner" msmeId={m.id} owner={m.owner} ownerName={m.ownerName} />],
    ['NIB', m.nib ?? '—'],
    ['NPWP', m.npwp ?? '—'],
    ['KBLI', m.kbli ?? '—'],
    [
      'Skala',
      m.computedSize && m.computedSize !== m.size
        ? t('{declared} (dipilih); {computed} menurut modal dan omzet', {
            declared: t(sizeLabel[m.size]),
            computed: m.computedSize === 'LARGE' ? t('di atas usaha menengah') : t(sizeLabel[m.computedSize]),
          })
        : t(sizeLabel[m.size]),
    ],
    [
      'Modal / omzet per tahun',
      `${m.capitalIdr === null ? '—' : formatRupiah(m.capitalIdr)} / ${m.annualTurnoverIdr === null ? '—' : formatRupiah(m.annualTurnoverIdr)}`,
    ],
    ['Kategori', m.category?.name ?? '—'],
    ['Kecamatan / kelurahan', `${m.kecamatan?.name ?? '—'} / ${m.kelurahan?.name ?? '—'}`],
    ['Alamat', m.address ?? '—'],
    ['WhatsApp', m.whatsapp ?? '—'],
    ['Tahun berdiri', m.yearFounded ?? '—'],
    ['Karyawan', m.employees ?? '—'],
    [
      'Rekening',
      m.bankAccountLast4
        ? t('{bank} ••••{last4} a.n. {holder}', {
            bank: String(m.bankName),
            last4: m.bankAccountLast4,
            holder: String(m.bankAccountHolder),
          })
        : '—',
    ],
    ['Diajukan', m.submittedAt ? formatWib(m.submittedAt, true, t.locale) : '—'],
    ['Produk', m._count.products],
  ];
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{m.name}</h1>
        {m.duplicates.length > 0 && (
          <p
            className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900"
            data-testid="duplicate-flag"
          >
            {t('Kemungkinan duplikat (tidak digabung otomatis): {list}', {
              list: m.duplicates.map((d) => describeDuplicateIn(t, d)).join('; '),
            })}
          </p>
        )}
        {m.reviewNote && (
          <p className="rounded bg-red-50 p-2 text-red-900">
            {t('Catatan terakhir: {note}', { note: m.reviewNote })}
            {m.status === 'NEEDS_CHANGES' && whatsappLink(m.whatsapp, '') && (
              <>
                {' '}
                <a
                  className="underline"
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="whatsapp-owner"
                  href={whatsappLink(
                    m.whatsapp,
                    `Halo ${m.ownerName}, dari Dinas Koperasi dan UKM Kota Medan. Pendaftaran ${m.name} di Etalase UMKM Medan perlu diperbaiki: ${m.reviewNote}. Silakan perbaiki di ${origin}/umkm/profil lalu ajukan lagi. Terima kasih.`,
                  )!}
                >
                  {t('Kirim pesan WhatsApp')}
                </a>
              </>
            )}
          </p>
        )}
        <dl className="card grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm font-medium text-slate-700">{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <section className="card">
          <h2 className="mb-2 font-semibold">{t('Sertifikat')}</h2>
          {m.certifications.length === 0 ? (
            <p>—</p>
          ) : (
            <ul>
              {m.certifications.map((c) => (
                <li key={c.type + c.number}>
                  {c.type}: {c.number} ·{' '}
                  {t('berlaku s.d. {date}', {
                    date: c.expiresAt ? formatDateOnly(c.expiresAt, t.locale) : '—',
                  })}
                  {isStillValid(c.expiresAt) ? '' : ` ${t('(kedaluwarsa)')}`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card">
          <h2 className="mb-2 font-semibold">{t('Riwayat bantuan dan pelatihan')}</h2>
          <HelpHistory history={m.helpHistory} t={t} />
        </section>
        <section className="card">
          <h2 className="mb-2 font-semibold">{t('Foto tempat usaha')}</h2>
          <div className="flex flex-wrap gap-2">
            {m.photos.length === 0 && <p>{t('Belum ada foto.')}</p>}
            {m.photos.map((p) => (
              <img
                key={p.id}
                src={`/api/uploads/${p.asset.key}-800.webp`}
                alt={t('Foto tempat usaha')}
                width={240}
                height={180}
                className="rounded object-cover"
              />
            ))}
          </div>
        </section>
      </div>
      {m.status === 'SUBMITTED' ? (
        <ReviewPanel id={m.id} />
      ) : (
        <p className="card self-start">{t('Tidak ada keputusan yang menunggu untuk UMKM ini.')}</p>
      )}
    </div>
  );
}
