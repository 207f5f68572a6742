/* eslint-disable @next/next/no-html-link-for-pages -- rendered inside the root layout: next/link here would put 6 kB on every page's first load (docs/decisions/007) */

export default function NotFound() {
  return (
    <div className="card mx-auto max-w-lg text-center">
      <h1 className="text-xl font-semibold">404 · Halaman tidak ditemukan</h1>
      <p className="mt-2 text-slate-700">
        Alamat ini tidak ada atau sudah dipindahkan. <span lang="en">(Page not found.)</span>
      </p>
      <a href="/" className="btn mt-4">
        Ke beranda
      </a>
    </div>
  );
}
