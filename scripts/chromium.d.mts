export function chromiumPath(): string;
export const chromiumArgs: string[];
export function requireChromium(): string;
