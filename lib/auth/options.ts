import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { checkSignIn } from './sign-in';
import { signInClient } from './sign-in-client';
import { cookies } from 'next/headers';
import { GUEST_CART_COOKIE, mergeGuestCart } from '@/lib/shop/cart';

async function linkedIds(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { opdId: true, msme: { select: { id: true } } },
  });
  return { msmeId: user?.msme?.id ?? null, opdId: user?.opdId ?? null };
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/masuk' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Kata sandi', type: 'password' },
      },
      async authorize(credentials, req) {
        const client = signInClient(req?.headers, String(credentials?.email ?? ''));
        const result = await checkSignIn(db, credentials, client, env.SIGNIN_MAX_FAILURES);
        // next-auth passes the thrown message to the client as `error`; the page translates it.
        if (!result.ok) throw new Error(result.reason);
        return result.user;
      },
    }),
  ],
  events: {
    // A guest's cart joins the shopper's cart at sign-in.
    async signIn({ user }) {
      if (user.role !== 'SHOPPER') return;
      const token = (await cookies()).get(GUEST_CART_COOKIE)?.value;
      if (token) await mergeGuestCart(user.id, token);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.signedInAt = Date.now();
        Object.assign(token, await linkedIds(user.id));
      } else if (token.role === 'MSME_OWNER' && !token.msmeId) {
        // The owner registers the business after signing up: pick it up once it exists.
        token.msmeId = (await linkedIds(token.uid)).msmeId;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        id: token.uid,
        email: token.email ?? '',
        name: token.name ?? '',
        role: token.role,
        msmeId: token.msmeId,
        opdId: token.opdId,
      };
      session.signedInAt = token.signedInAt ?? 0;
      return session;
    },
  },
};
