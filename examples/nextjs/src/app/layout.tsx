import '@revkit/react/styles.css';
import './globals.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'revkit · Next.js server-rendered report',
  description: 'A revenue report rendered by a React Server Component with @revkit/core and @revkit/react.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
