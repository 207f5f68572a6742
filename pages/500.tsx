/* eslint-disable @next/next/no-html-link-for-pages -- this page ships no JavaScript (docs/decisions/008); a plain link is the only kind */
// Shown when the catalog list (the one Pages Router page) fails; App Router pages use app/error.tsx.
// No JavaScript here either: its scripts would carry no CSP nonce (docs/decisions/008).
export const config = { unstable_runtimeJS: false };

export default function ServerError() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Terjadi kesalahan</h1>
      <p className="mt-2 text-slate-700">Maaf, halaman ini gagal dimuat. Silakan coba lagi sebentar lagi.</p>
      <p className="mt-1 text-sm text-slate-600" lang="en">
        Something went wrong. Please try again shortly.
      </p>
      <p className="mt-6">
        <a href="/products" className="btn">
          Kembali ke katalog
        </a>
      </p>
    </main>
  );
}
