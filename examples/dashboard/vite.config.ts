import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app consumes @revkit/* through their package exports (built dist/),
// as an application installing them from the registry would.
export default defineConfig({
  plugins: [react()],
  // Relative asset URLs so the built app works from any path it is served at.
  base: './',
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
  },
  // Module workers, so the data worker can load @revkit/import only when a file needs it.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
