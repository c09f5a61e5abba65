/** The public origin used for canonical and hreflang links; `SITE_URL` overrides it. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
}
