import path from 'node:path';
import createMDX from '@next/mdx';

// MDX plugins are passed as absolute module paths, not functions: Turbopack hands
// loader options to worker processes, so they must be plain serializable data.
const plugin = (file) => path.join(process.cwd(), 'lib/course/mdx', file);

const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm', plugin('remark-heading-ids.mjs')],
    rehypePlugins: [plugin('rehype-code.mjs')],
  },
});

// Headers every response carries; each page's Content-Security-Policy is set in proxy.ts,
// because a static page needs the hashes of its own inline scripts (docs/SECURITY.md).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build directory lets two builds (e.g. two people testing side by side) not collide.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  // The stylesheet (60 KB, about 10 KB compressed) goes into each page's <head> instead of a
  // render-blocking request: on a phone's slow first load the lesson's text paints as soon as
  // its HTML arrives (docs/PERFORMANCE.md, "Pages a class loads at once").
  // PATHSHALA_INLINE_CSS=0 builds it as a <link> again, to measure the difference.
  experimental: { inlineCss: process.env.PATHSHALA_INLINE_CSS !== '0' },
  reactStrictMode: true,
  // PATHSHALA_SOURCE_MAPS=1 ships the browser bundles' source maps, to read a CPU profile by name.
  productionBrowserSourceMaps: process.env.PATHSHALA_SOURCE_MAPS === '1',
  // HarfBuzz (the Devanagari preview cards, lib/site/preview-shaper.ts) loads its .wasm beside
  // its own module file: Node loads it from node_modules instead of a bundle that moved it.
  serverExternalPackages: ['harfbuzzjs'],
  // favicon.ico is drawn at build time with the other icons from the site's mark.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icons/favicon.ico' }];
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // JSON answers never need scripts, styles or frames. The CSRF lab's attacker page (HTML
      // served from the API) sets its own, stricter-than-pages policy that lets its image and
      // form aim at the other lab site; two policies would both apply and block them.
      {
        source: '/api/:path((?!lab/security/csrf/attacker$).*)',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withMDX(nextConfig);
