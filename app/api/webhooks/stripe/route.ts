import { NextResponse } from 'next/server';
import { env } from '@/lib/server/env';
import { stripeClient } from '@/lib/payments/stripe';
import { applyStripeEvent } from '@/lib/payments/stripe-webhook';
import { jsonError } from '@/lib/server/api';

// Stripe calls this with a signed raw body. Only a verified event changes anything.
export async function POST(request: Request) {
  const stripe = stripeClient();
  if (!stripe || !env.STRIPE_WEBHOOK_SECRET) return jsonError(404, 'Stripe tidak dikonfigurasi.');
  const signature = request.headers.get('stripe-signature');
  if (!signature) return jsonError(400, 'Tanda tangan Stripe tidak ada.');
  const body = await request.text();
  let event;
  try {
    event = await stripe.webhooks.constructEventAsync(body, signature, env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return jsonError(400, 'Tanda tangan Stripe tidak valid.');
  }
  const outcome = await applyStripeEvent(event);
  return NextResponse.json({ received: true, outcome });
}
