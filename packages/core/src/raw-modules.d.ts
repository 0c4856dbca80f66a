// Vite's `?raw` imports (tests only): a source file's text, e.g. to check a TSDoc against the catalog.
declare module '*?raw' {
  const text: string;
  export default text;
}
