'use client';
import { useState } from 'react';
import { saveRegistrationAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

type Choices = {
  categories: { id: string; name: string }[];
  kecamatan: { code: string; name: string; kelurahan: { code: string; name: string }[] }[];
};
type Existing = {
  name: string;
  ownerName: string;
  nikLast4: string | null;
  nib: string | null;
  npwp: string | null;
  kbli: string | null;
  size: string;
  categoryId: string | null;
  kecamatanCode: string | null;
  kelurahanCode: string | null;
  address: string | null;
  whatsapp: string | null;
  yearFounded: number | null;
  employees: number | null;
  capitalIdr: number | null;
  annualTurnoverIdr: number | null;
  description: string | null;
  bankName: string | null;
  bankAccountLast4: string | null;
  bankAccountHolder: string | null;
  certifications: { type: string; number: string; expiresAt: string | null }[];
} | null;

const sizeHelp = {
  MICRO: 'Mikro — modal s.d. Rp1 miliar atau omzet s.d. Rp2 miliar/tahun',
  SMALL: 'Kecil — modal > Rp1–5 miliar atau omzet > Rp2–15 miliar/tahun',
  MEDIUM: 'Menengah — modal > Rp5–10 miliar atau omzet > Rp15–50 miliar/tahun',
};
const certLabels = {
  HALAL: 'Sertifikat halal',
  PIRT: 'P-IRT (1234567890123-45)',
  BPOM_MD: 'BPOM MD',
  BPOM_ML: 'BPOM ML',
  PP55: 'Surat Keterangan PP 55/2022 (PPh final 0,5%)',
};

function Field({
  name,
  label,
  state,
  hint,
  children,
}: {
  name: string;
  label: string;
  state: Parameters<typeof FieldError>[0]['state'];
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={name} className="label">
        {label}
      </label>
      {children}
      {hint && <p className="mt-1 text-xs text-slate-600">{hint}</p>}
      <FieldError state={state} name={name} />
    </div>
  );
}

export function RegistrationForm({ choices, existing }: { choices: Choices; existing: Existing }) {
  const [state, onSubmit, pending] = useFormAction(saveRegistrationAction);
  const t = useT();
  const [kecamatan, setKecamatan] = useState(existing?.kecamatanCode ?? '');
  const kelurahan = choices.kecamatan.find((k) => k.code === kecamatan)?.kelurahan ?? [];
  const cert = (type: string) => existing?.certifications.find((c) => c.type === type);
  const input = (
    name: string,
    value: string | number | null | undefined,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <input
      id={name}
      name={name}
      defaultValue={value ?? ''}
      className="input"
      aria-describedby={`${name}-error`}
      {...props}
    />
  );

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <fieldset className="card grid gap-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{t('1. Identitas usaha')}</legend>
        <Field name="name" label={t('Nama usaha')} state={state}>
          {input('name', existing?.name)}
        </Field>
        <Field name="categoryId" label={t('Kategori usaha')} state={state}>
          <select
            id="categoryId"
            name="categoryId"
            defaultValue={existing?.categoryId ?? ''}
            className="input"
          >
            <option value="">{t('— pilih —')}</option>
            {choices.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field name="nib" label={t('NIB (13 digit dari OSS)')} state={state}>
          {input('nib', existing?.nib, { inputMode: 'numeric' })}
        </Field>
        <Field name="npwp" label={t('NPWP (opsional, 15 atau 16 digit)')} state={state}>
          {input('npwp', existing?.npwp, { inputMode: 'numeric' })}
        </Field>
        <Field name="kbli" label={t('Kode KBLI (5 digit)')} state={state}>
          {input('kbli', existing?.kbli, { inputMode: 'numeric' })}
        </Field>
        <Field name="size" label={t('Skala usaha (PP 7/2021)')} state={state}>
          <select id="size" name="size" defaultValue={existing?.size ?? 'MICRO'} className="input">
            {Object.entries(sizeHelp).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="yearFounded" label={t('Tahun berdiri')} state={state}>
          {input('yearFounded', existing?.yearFounded, { inputMode: 'numeric' })}
        </Field>
        <Field name="employees" label={t('Jumlah karyawan')} state={state}>
          {input('employees', existing?.employees, { inputMode: 'numeric' })}
        </Field>
        <Field
          name="capitalIdr"
          label={t('Modal usaha, di luar tanah dan bangunan (Rp, opsional)')}
          state={state}
        >
          {input('capitalIdr', existing?.capitalIdr?.toLocaleString('id-ID'), {
            inputMode: 'numeric',
            placeholder: '50.000.000',
          })}
        </Field>
        <Field name="annualTurnoverIdr" label={t('Omzet per tahun (Rp, opsional)')} state={state}>
          {input('annualTurnoverIdr', existing?.annualTurnoverIdr?.toLocaleString('id-ID'), {
            inputMode: 'numeric',
            placeholder: '300.000.000',
          })}
        </Field>
        <div className="sm:col-span-2">
          <Field name="description" label={t('Deskripsi singkat usaha (opsional)')} state={state}>
            <textarea
              id="description"
              name="description"
              defaultValue={existing?.description ?? ''}
              rows={3}
              className="input"
            />
          </Field>
        </div>
      </fieldset>

      <fieldset className="card grid gap-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{t('2. Pemilik')}</legend>
        <Field name="ownerName" label={t('Nama pemilik (sesuai KTP)')} state={state}>
          {input('ownerName', existing?.ownerName)}
        </Field>
        <Field
          name="nik"
          label={t('NIK pemilik (16 digit)')}
          state={state}
          hint={
            existing?.nikLast4
              ? t('Tersimpan: ••••••••••••{last4}. Kosongkan untuk tetap.', { last4: existing.nikLast4 })
              : t('Disimpan terenkripsi; hanya Dinas yang dapat melihatnya.')
          }
        >
          {input('nik', '', { inputMode: 'numeric', autoComplete: 'off' })}
        </Field>
        <Field name="whatsapp" label={t('Nomor WhatsApp')} state={state}>
          {input('whatsapp', existing?.whatsapp, { inputMode: 'tel', placeholder: '0812 3456 7890' })}
        </Field>
      </fieldset>

      <fieldset className="card grid gap-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{t('3. Lokasi')}</legend>
        <Field name="kecamatanCode" label={t('Kecamatan')} state={state}>
          <select
            id="kecamatanCode"
            name="kecamatanCode"
            value={kecamatan}
            onChange={(e) => setKecamatan(e.target.value)}
            className="input"
          >
            <option value="">{t('— pilih —')}</option>
            {choices.kecamatan.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </Field>
        <Field name="kelurahanCode" label={t('Kelurahan')} state={state}>
          <select
            id="kelurahanCode"
            name="kelurahanCode"
            key={kecamatan}
            defaultValue={existing?.kecamatanCode === kecamatan ? (existing?.kelurahanCode ?? '') : ''}
            className="input"
          >
            <option value="">{t(kecamatan ? '— pilih —' : 'Pilih kecamatan dulu')}</option>
            {kelurahan.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-2">
          <Field name="address" label={t('Alamat')} state={state}>
            {input('address', existing?.address)}
          </Field>
        </div>
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="px-1 text-lg font-semibold">{t('4. Sertifikat (isi yang dimiliki)')}</legend>
        {(['HALAL', 'PIRT', 'BPOM_MD', 'BPOM_ML', 'PP55'] as const).map((type) => (
          <div key={type} className="grid gap-3 sm:grid-cols-[12rem_1fr_12rem] sm:items-start">
            <span className="pt-2 text-sm font-medium">{t(certLabels[type])}</span>
            <div>
              <label htmlFor={`cert_${type}_number`} className="sr-only">
                {t('Nomor {certificate}', { certificate: t(certLabels[type]) })}
              </label>
              <input
                id={`cert_${type}_number`}
                name={`cert_${type}_number`}
                defaultValue={cert(type)?.number ?? ''}
                placeholder={t('Nomor')}
                className="input"
              />
              <FieldError state={state} name={`cert_${type}_number`} />
            </div>
            <div>
              <label htmlFor={`cert_${type}_expiresAt`} className="sr-only">
                {t('Berlaku sampai {certificate}', { certificate: t(certLabels[type]) })}
              </label>
              <input
                id={`cert_${type}_expiresAt`}
                name={`cert_${type}_expiresAt`}
                type="date"
                defaultValue={cert(type)?.expiresAt ?? ''}
                className="input"
              />
              <FieldError state={state} name={`cert_${type}_expiresAt`} />
            </div>
          </div>
        ))}
      </fieldset>

      <fieldset className="card grid gap-4 sm:grid-cols-3">
        <legend className="px-1 text-lg font-semibold">{t('5. Rekening untuk pembayaran')}</legend>
        <Field name="bankName" label={t('Bank')} state={state}>
          {input('bankName', existing?.bankName, { placeholder: 'Bank Sumut' })}
        </Field>
        <Field
          name="bankAccount"
          label={t('Nomor rekening')}
          state={state}
          hint={
            existing?.bankAccountLast4
              ? t('Tersimpan: ••••{last4}. Kosongkan untuk tetap.', { last4: existing.bankAccountLast4 })
              : undefined
          }
        >
          {input('bankAccount', '', { inputMode: 'numeric', autoComplete: 'off' })}
        </Field>
        <Field name="bankAccountHolder" label={t('Nama pemilik rekening')} state={state}>
          {input('bankAccountHolder', existing?.bankAccountHolder)}
        </Field>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="draft" className="btn-secondary" disabled={pending}>
          {t('Simpan draf')}
        </button>
        <button type="submit" name="intent" value="submit" className="btn" disabled={pending}>
          {t('Ajukan verifikasi')}
        </button>
      </div>
    </form>
  );
}
