import 'server-only';
import Stripe from 'stripe';
import { env } from '@/lib/server/env';

let client: Stripe | null | undefined;

/** The Stripe SDK, or null when no key is configured (then only offline payment is offered). */
export function stripeClient(): Stripe | null {
  if (client !== undefined) return client;
  if (!env.STRIPE_SECRET_KEY) return (client = null);
  // STRIPE_API_BASE points the real SDK at a local stand-in in tests (api.stripe.com is unreachable here).
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  client = new Stripe(env.STRIPE_SECRET_KEY, {
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port),
          protocol: base.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
    maxNetworkRetries: base ? 0 : 2,
    timeout: 20_000,
  });
  return client;
}

export function stripeEnabled() {
  return !!env.STRIPE_SECRET_KEY;
}

/** IDR is not zero-decimal in Stripe: amounts go in sen (× 100). */
export function idrToStripeAmount(rupiah: number) {
  return rupiah * 100;
}
