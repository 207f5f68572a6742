// The frame around every page's content, shared by the root layout and the product list that the
// front door renders without Next.js (app/products/list-document.tsx), so the two look the same.

export const SITE_NAME = 'Etalase UMKM Medan';
/** A page's <title>: its own title, then the site's name. */
export const TITLE_TEMPLATE = `%s · ${SITE_NAME}`;
export const BODY_CLASS = 'flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased';

export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#isi"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
    >
      {label}
    </a>
  );
}

export function MainFrame({ children }: { children: React.ReactNode }) {
  return (
    <main id="isi" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
      {children}
    </main>
  );
}
