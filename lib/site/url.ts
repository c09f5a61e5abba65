/** The public origin used for canonical and hreflang links; `SITE_URL` overrides it. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
}

/** `path` (starting with `/`) on the public origin, as an absolute URL string. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}
