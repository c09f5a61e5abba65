import { existsSync } from 'node:fs';

/** The system Chromium (Debian's `chromium` package); `CHROMIUM_PATH` overrides it. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Stops with a message that says exactly how to get Chromium when it is missing. */
export function requireChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  console.error(
    `Chromium was not found at ${path}.\n` +
      'The end-to-end tests use the system Chromium and never download a browser. Install it with:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}
