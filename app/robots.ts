import type { MetadataRoute } from 'next';
import { privatePaths } from '@/lib/site/public-pages';
import { absoluteUrl } from '@/lib/site/url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: privatePaths() },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
