import path from 'node:path';
import createMDX from '@next/mdx';

// MDX plugins are passed as absolute module paths, not functions: Turbopack hands
// loader options to worker processes, so they must be plain serializable data.
const plugin = (file) => path.join(process.cwd(), 'lib/mdx', file);

const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm', plugin('remark-heading-ids.mjs')],
    rehypePlugins: [plugin('rehype-code.mjs')],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second build directory lets two builds (e.g. two people testing side by side) not collide.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withMDX(nextConfig);
