import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/actor';
import { roleHome } from '@/lib/auth/roles';

export default async function DashboardRedirect() {
  const actor = await currentActor();
  redirect(actor ? roleHome[actor.role] : '/masuk');
}
