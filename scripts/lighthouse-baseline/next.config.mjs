// Its own config, so the site's (MDX, security headers) does not apply to the baseline.
/** @type {import('next').NextConfig} */
const nextConfig = { poweredByHeader: false, reactStrictMode: true };
export default nextConfig;
