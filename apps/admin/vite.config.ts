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
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
