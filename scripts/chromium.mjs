// How every browser test and benchmark here starts Chromium: Debian's
// /usr/bin/chromium (no browser can be downloaded), headless, and with no
// background network traffic, which this machine's closed network refuses.

/** Path of the Chromium binary; `CHROMIUM_PATH` overrides it. */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags for Chromium. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
