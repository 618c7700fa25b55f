import { defineConfig } from 'vite';

/**
 * The script-tag bundle: one self-contained, minified ES module (Lit, core
 * and styles included) that defines <council-address-lookup> when loaded with
 * `<script type="module" src=".../council-address-lookup.bundle.js">`.
 * Built as an application entry, not a library, so whitespace is minified too.
 */
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: 'dist/bundle',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    minify: true,
    modulePreload: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: 'src/define.ts',
      preserveEntrySignatures: false,
      output: { format: 'es', entryFileNames: 'council-address-lookup.bundle.js' },
    },
  },
});
