// The frame around every page's content, shared by the root layout and the public pages the front
// door renders without Next.js (app/front-door/public-document.tsx), so both look the same.

export const SITE_NAME = 'Etalase UMKM Medan';
/** The site's description, for pages that set none of their own (the home page). */
export const SITE_DESCRIPTION = 'Katalog dan pengadaan produk UMKM binaan Pemerintah Kota Medan.';
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
