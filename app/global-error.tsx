'use client';

// Shown when the root layout itself fails (app/error.tsx covers everything below it). Plain markup:
// the layout's styles may be what failed.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="id">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '32rem',
          margin: '4rem auto',
          padding: '0 1rem',
          textAlign: 'center',
        }}
      >
        <h1>Terjadi kesalahan</h1>
        <p>Maaf, Etalase UMKM Medan tidak dapat dimuat saat ini. Silakan coba lagi sebentar lagi.</p>
        <button type="button" onClick={reset}>
          Coba lagi
        </button>
      </body>
    </html>
  );
}
