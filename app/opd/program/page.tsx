import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page-guard';
import { ProgramsPage } from '@/app/components/program/program-pages';

export const metadata: Metadata = { title: 'Program bantuan OPD' };

export default async function OpdProgramsPage() {
  const actor = await requirePageActor(['OPD_STAFF'], '/opd/program');
  return <ProgramsPage actor={actor} base="/opd/program" />;
}
