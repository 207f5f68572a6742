'use client';
import { createProgramAction, updateProgramAction } from '@/app/program-actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';
import { budgetSourceLabel, programKindLabel, programKinds, budgetSources } from '@/lib/programs/labels';
import { certificationLabel, sizeLabel } from '@/lib/format/labels';

type Option = { id: string; name: string };

/** A program's current values, as the form shows them (dates dd/mm/yyyy, Rupiah with dots). */
export type ProgramValues = {
  id: string;
  name: string;
  kind: string;
  description: string;
  budgetIdr: string;
  budgetSource: string;
  activityCode: string;
  startsOn: string;
  endsOn: string;
  quota: number;
  kecamatanQuotas: string;
  quotaReleaseOn: string;
  openForApplications: boolean;
  verifiedOnly: boolean;
  neverHelpedOfKind: boolean;
  eligibleSizes: string[];
  eligibleKecamatanCodes: string[];
  eligibleCategoryIds: string[];
  requiresCertification: string;
  lacksCertification: string;
};

export function ProgramForm({
  base,
  opds,
  categories,
  kecamatan,
  existing,
}: {
  base: '/dinas/program' | '/opd/program';
  opds: Option[] | null;
  categories: Option[];
  kecamatan: { code: string; name: string }[];
  existing?: ProgramValues;
}) {
  const [state, onSubmit, pending] = useFormAction(existing ? updateProgramAction : createProgramAction);
  const value = (name: keyof ProgramValues) => {
    const v = existing?.[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const t = useT();
  const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label htmlFor={`pg-${name}`} className="label">
        {label}
      </label>
      <input
        id={`pg-${name}`}
        name={name}
        className="input"
        aria-describedby={`${name}-error`}
        defaultValue={value(name as keyof ProgramValues)}
        {...props}
      />
      <FieldError state={state} name={name} />
    </div>
  );
  const select = (name: string, label: string, options: [string, string][], defaultValue = '') => (
    <div>
      <label htmlFor={`pg-${name}`} className="label">
        {label}
      </label>
      <select
        id={`pg-${name}`}
        name={name}
        className="input"
        defaultValue={value(name as keyof ProgramValues) ?? defaultValue}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError state={state} name={name} />
    </div>
  );
  const ticks = (name: string, legend: string, options: [string, string][]) => (
    <fieldset className="rounded border border-slate-200 p-2">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-1 text-sm">
        {options.map(([value, text]) => (
          <label key={value} className="flex items-center gap-1">
            <input
              type="checkbox"
              name={name}
              value={value}
              defaultChecked={(existing?.[name as 'eligibleSizes'] ?? []).includes(value)}
            />{' '}
            {text}
          </label>
        ))}
      </div>
      <FieldError state={state} name={name} />
    </fieldset>
  );
  const certOptions: [string, string][] = [
    ['', t('— tidak disyaratkan —')],
    ...Object.entries(certificationLabel).map(([k, v]) => [k, t(v)] as [string, string]),
  ];
  return (
    <form
      onSubmit={onSubmit}
      className="card space-y-3 self-start"
      noValidate
      data-testid={existing ? 'program-edit-form' : 'program-form'}
    >
      <h2 className="text-lg font-semibold">{existing ? t('Ubah program') : t('Program baru')}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="base" value={base} />
      {existing && <input type="hidden" name="programId" value={existing.id} />}
      {input('name', t('Nama program'))}
      {select(
        'kind',
        t('Jenis program'),
        programKinds.map((k) => [k, t(programKindLabel[k])]),
        'TRAINING',
      )}
      {opds &&
        !existing &&
        select(
          'opdId',
          t('OPD pelaksana'),
          opds.map((o) => [o.id, o.name]),
          opds.find((o) => o.name.startsWith('Dinas Koperasi'))?.id,
        )}
      <div>
        <label htmlFor="pg-description" className="label">
          {t('Uraian')}
        </label>
        <textarea
          id="pg-description"
          name="description"
          className="input"
          rows={2}
          defaultValue={existing?.description}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {input('budgetIdr', t('Anggaran (Rp)'), { inputMode: 'numeric', placeholder: '25.000.000' })}
        {select(
          'budgetSource',
          t('Sumber anggaran'),
          budgetSources.map((s) => [s, t(budgetSourceLabel[s])]),
          'APBD',
        )}
      </div>
      {input('activityCode', t('Kode kegiatan (sub kegiatan DPA)'), { placeholder: '3.31.03.2.02.0004' })}
      <div className="grid gap-3 sm:grid-cols-2">
        {input('startsOn', t('Tanggal mulai'), { placeholder: t('hh/bb/tttt'), inputMode: 'numeric' })}
        {input('endsOn', t('Tanggal selesai'), { placeholder: t('hh/bb/tttt'), inputMode: 'numeric' })}
      </div>
      {input('quota', t('Kuota penerima'), { inputMode: 'numeric' })}
      <details className="rounded border border-slate-200 p-2">
        <summary className="cursor-pointer text-sm font-medium">
          {t('Kuota per kecamatan (opsional)')}
        </summary>
        <div className="mt-2 space-y-2">
          <label htmlFor="pg-kecamatanQuotas" className="label">
            {t('Satu baris per kecamatan, misalnya "Medan Belawan = 10"')}
          </label>
          <textarea
            id="pg-kecamatanQuotas"
            name="kecamatanQuotas"
            className="input"
            rows={3}
            defaultValue={existing?.kecamatanQuotas}
          />
          <FieldError state={state} name="kecamatanQuotas" />
          {input('quotaReleaseOn', t('Sisa kuota kecamatan kembali ke kuota kota pada'), {
            placeholder: t('hh/bb/tttt'),
          })}
        </div>
      </details>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t('Syarat penerima')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="verifiedOnly" defaultChecked={existing?.verifiedOnly ?? true} />{' '}
          {t('Hanya UMKM binaan terverifikasi')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="neverHelpedOfKind" defaultChecked={existing?.neverHelpedOfKind} />{' '}
          {t('Belum pernah menerima bantuan jenis ini')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="openForApplications"
            defaultChecked={existing?.openForApplications ?? true}
          />{' '}
          {t('UMKM dapat mengajukan diri')}
        </label>
        {ticks(
          'eligibleSizes',
          t('Skala usaha (kosong: semua)'),
          Object.entries(sizeLabel).map(([k, v]) => [k, t(v)]),
        )}
        <details className="rounded border border-slate-200 p-2">
          <summary className="cursor-pointer text-sm font-medium">
            {t('Kecamatan sasaran (kosong: semua)')}
          </summary>
          {ticks(
            'eligibleKecamatanCodes',
            t('Kecamatan'),
            kecamatan.map((k) => [k.code, k.name]),
          )}
        </details>
        <details className="rounded border border-slate-200 p-2">
          <summary className="cursor-pointer text-sm font-medium">
            {t('Kategori sasaran (kosong: semua)')}
          </summary>
          {ticks(
            'eligibleCategoryIds',
            t('Kategori'),
            categories.map((c) => [c.id, t(c.name)]),
          )}
        </details>
        {select('requiresCertification', t('Wajib memiliki sertifikat'), certOptions)}
        {select('lacksCertification', t('Belum memiliki sertifikat'), certOptions)}
      </fieldset>
      <button type="submit" className="btn w-full" disabled={pending}>
        {existing ? t('Simpan perubahan') : t('Buat program')}
      </button>
    </form>
  );
}
