'use client';
import { useSyncExternalStore } from 'react';

// The id of the request that rendered this document (the root layout's request-id meta, swapped in
// for pages served from the page cache). Shown on error pages so that a user's report finds the
// request's log lines; a failed navigation inside the page also logs its error's digest with the
// failing request's own id (instrumentation.ts onRequestError).
const subscribe = () => () => {};
const fromDocument = () => document.querySelector('meta[name="request-id"]')?.getAttribute('content') ?? '';

export function useRequestId() {
  return useSyncExternalStore(subscribe, fromDocument, () => '');
}

/** "Kode laporan: <request id> · <digest>" for an error page, in the page's language. */
export function ErrorReference({ digest, label }: { digest?: string; label: string }) {
  const requestId = useRequestId();
  const parts = [requestId, digest].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="mt-3 text-sm text-slate-600" data-testid="error-reference">
      {label}: <code className="select-all break-all">{parts.join(' · ')}</code>
    </p>
  );
}
