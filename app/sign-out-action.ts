'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

// Sessions are JWTs in a cookie (docs/decisions/003): signing out removes the cookie. next-auth names
// it with a __Secure- prefix over HTTPS.
export async function signOutAction() {
  const jar = await cookies();
  for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
    if (jar.has(name)) jar.delete(name);
  }
  redirect('/');
}
