import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The API (npm run dev -w server) listens on 3000; in development the portal reaches it through this proxy,
// in production the server serves web/dist itself, so the portal always calls same-origin /graphql.
const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    // x.js.br and x.js.gz beside each text file, compressed once at the highest levels; the server sends the one the
    // browser accepts (server/src/common/portal). Fonts and images are compressed already.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|css|html|svg|json|ico)$/,
      exclude: /\.vite\//,
      threshold: 1024,
      skipIfLargerOrEqual: true,
    }),
  ],
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/calendar': api,
      '/health': api,
      '/auth': api,
    },
  },
  build: {
    // scripts/report-size.mjs reads the manifest to measure the initial JavaScript.
    manifest: true,
    target: 'es2022',
  },
});
