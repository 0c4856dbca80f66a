/** Path of the Chromium binary; `CHROMIUM_PATH` overrides it. */
export declare const chromiumExecutablePath: string;
/** Launch flags for Chromium. */
export declare const CHROMIUM_ARGS: readonly string[];
