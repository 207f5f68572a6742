import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';

export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const locale = __NEXT_DATA__.props?.pageProps?.locale === 'en' ? 'en' : 'id';
  return (
    <Html lang={locale}>
      <Head />
      <body className="bg-slate-50 text-slate-900 antialiased">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
