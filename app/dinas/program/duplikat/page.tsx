import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { undecidedDuplicatePairs } from '@/lib/programs/duplicates';
import { ActionForm } from '@/app/components/action-form';
import { decideDuplicateAction } from '@/app/program-actions';
import { formatPercent } from '@/lib/format/labels';
import { getPhrases } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Kemungkinan data ganda' };

export default async function DuplicatesPage() {
  const actor = await requirePageActor(['DINAS_ADMIN'], '/dinas/program/duplikat');
  const [pairs, t] = await Promise.all([undecidedDuplicatePairs(actor), getPhrases()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('Kemungkinan data UMKM ganda')}</h1>
      <p className="max-w-3xl text-slate-700">
        {t(
          'Pasangan dengan nama dan alamat yang mirip. Data tidak pernah digabung otomatis: bila Anda menyatakan keduanya usaha yang sama, penjaga tumpang tindih memperlakukan bantuan kepada salah satunya sebagai bantuan kepada keduanya. NIK, NIB dan nomor WhatsApp yang sama sudah dikenali tanpa perlu diputuskan.',
        )}
      </p>
      {pairs.length === 0 && <p className="card">{t('Tidak ada pasangan yang perlu diperiksa.')}</p>}
      <ul className="space-y-2" data-testid="duplicate-pairs">
        {pairs.map((p) => (
          <li key={`${p.aId}-${p.bId}`} className="card space-y-2">
            <p>
              <strong>{p.aName}</strong> ({p.aAddress ?? '—'}) · <strong>{p.bName}</strong> (
              {p.bAddress ?? '—'}) · {t('kemiripan {value}', { value: formatPercent(p.similarity * 100, 0) })}
            </p>
            <ActionForm
              action={decideDuplicateAction}
              hidden={{ msmeAId: p.aId, msmeBId: p.bId }}
              buttons={[
                { name: 'verdict', value: 'SAME', label: t('Usaha yang sama') },
                {
                  name: 'verdict',
                  value: 'DIFFERENT',
                  label: t('Usaha berbeda'),
                  className: 'btn-secondary',
                },
              ]}
            >
              <label className="label" htmlFor={`dup-${p.aId}-${p.bId}`}>
                {t('Alasan (misalnya hasil kunjungan atau telepon)')}
              </label>
              <input id={`dup-${p.aId}-${p.bId}`} name="reason" className="input" />
            </ActionForm>
          </li>
        ))}
      </ul>
    </div>
  );
}
