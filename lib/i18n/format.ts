/**
 * Fills `{name}` placeholders: `format('{n} min', { n: 5 })`. On its own so that client
 * components can use it without bundling both languages' dictionaries.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
