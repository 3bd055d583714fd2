import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the admin runs on Vite's server and forwards /api to the API on :3000;
// in production the API serves the built files itself, so both share one origin.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    // The production build is served to anyone who can reach the tracker: no source maps beside it.
    // Vite's dev server still maps everything for local debugging.
    sourcemap: false,
    // Pages are split per route (src/lazyPage.ts); what remains in one chunk is react-admin and MUI.
    chunkSizeWarningLimit: 1000,
  },
});
