import type { AppProps } from 'next/app';
import localFont from 'next/font/local';
import '../app/globals.css';

// The Pages Router holds only the JavaScript-free catalog list (docs/decisions/008); it shares the
// App Router's stylesheet and font so the two look the same.
const inter = localFont({
  src: '../app/fonts/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
});

export default function App({ Component, pageProps }: AppProps) {
  return (
    <div className={`${inter.variable} flex min-h-screen flex-col font-sans`}>
      <Component {...pageProps} />
    </div>
  );
}
