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
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withMDX(nextConfig);
