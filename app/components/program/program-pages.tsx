import { forbidden, notFound } from 'next/navigation';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { DomainError } from '@/lib/server/action';
import { listPrograms, programForManager } from '@/lib/programs/programs';
import { listOpds } from '@/lib/accounts/accounts';
import { registrationChoices } from '@/lib/msme/reference';
import { getPhrases } from '@/lib/i18n/server';
import { ProgramForm } from './program-form';
import { ProgramList } from './program-list';
import { ProgramDetail } from './program-detail';

type Base = '/dinas/program' | '/opd/program';

/** The programs page for the Dinas (every OPD's programs) and for OPD staff (their own). */
export async function ProgramsPage({
  actor,
  base,
  children,
}: {
  actor: Actor;
  base: Base;
  children?: React.ReactNode;
}) {
  const [programs, choices, opds, t] = await Promise.all([
    listPrograms(actor),
    registrationChoices(),
    actor.role === 'DINAS_ADMIN' ? listOpds() : Promise.resolve(null),
    getPhrases(),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_26rem]">
      <section className="min-w-0 space-y-4">
        <h1 className="text-2xl font-semibold">{t('Program bantuan dan pelatihan')}</h1>
        <p className="max-w-3xl text-slate-700">
          {t(
            'Setiap program mencatat anggaran, kuota dan syarat penerima. Calon diurutkan menurut kebutuhan (yang belum pernah dibantu lebih dulu), dan bantuan sejenis yang sudah diterima dari OPD mana pun dalam jendela waktunya dihentikan.',
          )}
        </p>
        {children}
        <ProgramList programs={programs} base={base} t={t} />
      </section>
      <ProgramForm
        base={base}
        opds={opds}
        categories={choices.categories}
        kecamatan={choices.kecamatan.map((k) => ({ code: k.code, name: k.name }))}
      />
    </div>
  );
}

export async function ProgramDetailPage({
  actor,
  id,
  base,
  showAll = false,
}: {
  actor: Actor;
  id: string;
  base: Base;
  showAll?: boolean;
}) {
  try {
    await programForManager(actor, id);
  } catch (error) {
    if (error instanceof AccessDenied) forbidden();
    if (error instanceof DomainError) notFound();
    throw error;
  }
  return <ProgramDetail actor={actor} id={id} base={base} showAll={showAll} />;
}
