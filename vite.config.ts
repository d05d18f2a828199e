import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/vite-minify-templates.ts';

/**
 * Two library builds, chosen by mode:
 * - `vite build` → `dist/`: ES modules for npm, one entry per element plus
 *   `index` and `react` (the React components), with Lit, @lit/* and React
 *   left as dependencies.
 * - `vite build --mode cdn` → `dist/cdn/`: the script-tag bundle
 *   `welcome-widgets.js` with Lit included; each element and each locale is a
 *   separate chunk beside it, fetched on demand.
 * `vite` (serve) runs the demo pages against the sources.
 */
/** `chunks/language-picker-<hash>.js` rather than `chunks/register-<hash>.js`. */
function chunkFileName(chunk: { facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId ?? '';
  const component = /components\/([\w-]+)\//.exec(id)?.[1];
  if (component) return `chunks/${component}-[hash].js`;
  // A widget family's messages: `chunks/finder-es-<hash>.js` beside the core `chunks/es-<hash>.js`.
  const part = /generated\/locales\/([\w-]+)\/[\w-]+\.ts$/.exec(id)?.[1];
  return part ? `chunks/${part}-[name]-[hash].js` : 'chunks/[name]-[hash].js';
}

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return { root: '.', server: { open: '/demo/index.html' } };
  }
  const shared = {
    publicDir: false as const,
    // Chunks load relative to the entry file, wherever a partner hosts it.
    base: './',
    resolve: {
      // Generated locale modules import `str` from lit-localize's index, whose other
      // modules run code at load; point them at the two functions they use.
      alias: [
        { find: /^@lit\/localize$/, replacement: fileURLToPath(new URL('./src/core/localize.ts', import.meta.url)) },
      ],
    },
    plugins: [minifyTemplates()],
    build: {
      target: 'es2022',
      sourcemap: true,
      minify: true,
      reportCompressedSize: false,
      // Vite's preload helper would add <link> tags to the host page; chunks load through import().
      modulePreload: false,
    },
  };
  if (mode === 'cdn') {
    return {
      ...shared,
      build: {
        ...shared.build,
        outDir: 'dist/cdn',
        emptyOutDir: true,
        manifest: true,
        // Library mode: no preload helper, and Lit bundled in since nothing is external.
        lib: { entry: { 'welcome-widgets': 'src/cdn.ts' }, formats: ['es' as const] },
        rolldownOptions: {
          // Let shared code live in the entry file instead of extra chunks.
          preserveEntrySignatures: 'allow-extension' as const,
          output: {
            // Library mode leaves whitespace for downstream bundlers; this file goes straight to browsers.
            minify: true,
            // Pure annotations only help later bundlers; this file goes to browsers as it is.
            comments: false,
            entryFileNames: '[name].js',
            chunkFileNames: chunkFileName,
          },
        },
      },
    };
  }
  return {
    ...shared,
    build: {
      ...shared.build,
      outDir: 'dist',
      emptyOutDir: false,
      manifest: 'npm-manifest.json',
      lib: {
        entry: {
          index: 'src/index.ts',
          'language-picker': 'src/components/language-picker/register.ts',
          config: 'src/components/config/register.ts',
          'service-finder': 'src/components/service-finder/register.ts',
          'clinic-calendar': 'src/components/clinic-calendar/register.ts',
          'event-registration': 'src/components/event-registration/register.ts',
          'inquiry-form': 'src/components/inquiry-form/register.ts',
          'inquiry-stats': 'src/components/inquiry-stats/register.ts',
          'corner-panel': 'src/components/corner-panel/register.ts',
          // `welcome-widgets/react`; the script-tag build never includes it.
          react: 'src/react.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/, /^react-dom($|\/)/],
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: chunkFileName,
        },
      },
    },
  };
});
