import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { ProgramDetailPage } from '@/app/components/program/program-pages';

export const metadata: Metadata = { title: 'Program bantuan' };

export default async function OpdProgramPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ calon?: string }>;
}) {
  const { id } = await params;
  const { calon } = await searchParams;
  const actor = await requirePageActor(['OPD_STAFF'], `/opd/program/${id}`);
  return <ProgramDetailPage actor={actor} id={id} base="/opd/program" showAll={calon === 'semua'} />;
}
