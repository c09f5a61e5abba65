/**
 * Fills `{name}` placeholders: `format('{n} min', { n: 5 })`. A name without a value stays as it
 * is, and braces around anything but a bare word (`{"token": "…"}`) are left alone. On its own
 * so that a client component can use it without bundling any catalogue.
 */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
