'use client';
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Coming back to a tab re-reads the cart: one checked out in another tab shows as ordered. */
export function RefreshOnFocus() {
  const router = useRouter();
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') router.refresh();
    };
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, [router]);
  return null;
}
