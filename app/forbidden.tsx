export default function Forbidden() {
  return (
    <div className="card mx-auto max-w-lg text-center">
      <h1 className="text-xl font-semibold">403 · Akses ditolak</h1>
      <p className="mt-2 text-slate-700">
        Halaman ini bukan untuk peran akun Anda. <span lang="en">(You may not open this page.)</span>
      </p>
      <a href="/dasbor" className="btn mt-4">
        Ke dasbor saya
      </a>
    </div>
  );
}
