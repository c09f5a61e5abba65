// The Lighthouse baseline: the smallest App Router page, built with the site's own Next.js and
// React, so `npm run lighthouse` can show what the framework alone scores on this machine.
export const metadata = {
  title: 'Baseline',
  description: 'The smallest Next.js page: the floor that the site’s own pages are measured against.',
};

export const viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'sans-serif', margin: '2rem', lineHeight: 1.6 }}>{children}</body>
    </html>
  );
}
