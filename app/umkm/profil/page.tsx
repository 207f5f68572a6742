import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getOwnRegistration } from '@/lib/msme/registration';
import { registrationChoices } from '@/lib/msme/reference';
import { RegistrationForm } from './registration-form';
import { PremisesPhotos } from './premises-photos';
import { dateOnlyFromDb } from '@/lib/format/date-only';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Profil usaha' };

const statusText: Record<string, string> = {
  DRAFT: 'Draf — belum diajukan ke Dinas.',
  SUBMITTED: 'Diajukan — menunggu verifikasi Dinas. Data tidak dapat diubah selama pemeriksaan.',
  VERIFIED: 'Terverifikasi sebagai UMKM binaan Dinas Koperasi UKM Kota Medan.',
  NEEDS_CHANGES: 'Perlu perbaikan — perbaiki data sesuai catatan lalu ajukan kembali.',
  SUSPENDED: 'Dibekukan — hubungi Dinas.',
};

export default async function MsmeProfilePage() {
  const actor = await requirePageActor(['MSME_OWNER'], '/umkm/profil');
  const [registration, choices, t] = await Promise.all([
    getOwnRegistration(actor),
    registrationChoices(),
    getPhrases(),
  ]);
  const editable =
    !registration || registration.status === 'DRAFT' || registration.status === 'NEEDS_CHANGES';
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('Pendataan usaha')}</h1>
      {registration && (
        <div className="card" data-testid="registration-status">
          <p>
            <strong>{t('Status:')}</strong> {t(statusText[registration.status])}
          </p>
          {registration.duplicateWarnings.length > 0 && (
            <div
              data-testid="duplicate-warning"
              className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
            >
              <p className="font-medium">{t('Kemungkinan data ganda — Dinas akan memeriksanya:')}</p>
              <ul className="list-disc pl-5">
                {registration.duplicateWarnings.map((warning) => (
                  <li key={warning}>{t(warning)}</li>
                ))}
              </ul>
            </div>
          )}
          {registration.status === 'NEEDS_CHANGES' && registration.reviewNote && (
            <p className="mt-2 rounded bg-red-50 p-2 text-red-900" data-testid="review-note">
              {t('Catatan Dinas: {note}', { note: registration.reviewNote })}
            </p>
          )}
        </div>
      )}
      {editable ? (
        <RegistrationForm
          choices={choices}
          existing={
            registration && {
              ...registration,
              capitalIdr: registration.capitalIdr === null ? null : Number(registration.capitalIdr),
              annualTurnoverIdr:
                registration.annualTurnoverIdr === null ? null : Number(registration.annualTurnoverIdr),
              certifications: registration.certifications.map((c) => ({
                ...c,
                expiresAt: c.expiresAt ? dateOnlyFromDb(c.expiresAt) : null,
              })),
            }
          }
        />
      ) : (
        <p className="text-slate-700">
          {t(
            'Untuk mengubah data identitas usaha yang sudah diajukan atau diverifikasi, hubungi Dinas Koperasi UKM Kota Medan.',
          )}
        </p>
      )}
      {registration && <PremisesPhotos photos={registration.photos} editable={editable} />}
    </div>
  );
}
