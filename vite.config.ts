import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/vite-minify-templates.ts';

/**
 * Three builds, chosen by mode:
 * - `vite build` → `dist/`: ES modules for npm, one entry per element plus
 *   `index` and `react` (the React components), with Lit, @lit/* and React
 *   left as dependencies.
 * - `vite build --mode cdn` → `dist/cdn/`: the script-tag bundle
 *   `welcome-widgets.js` with Lit included; each element and each locale is a
 *   separate chunk beside it, fetched on demand.
 * - `vite build --mode staff-app` → `dist/staff-app/`: the desk as an app
 *   (staff/index.html, Lit bundled, hashed file names), which the reference
 *   server serves at `/staff/`. Nothing of it is in the two builds above
 *   except the npm entry `staff` (`welcome-widgets/staff`, Lit external).
 * `vite` (serve) runs the demo pages against the sources.
 */
/**
 * Shared code in few files. Left to automatic chunking, each helper used by a
 * different set of widgets becomes a file of its own, and a page fetches
 * several small files that compress worse than one. Two groups instead: what
 * every widget that talks to the backend uses (its base class and its loads'
 * controller, the API client, notices, buttons, headings, numbers, dates,
 * lists and plurals (core/intl.ts), phone links, the check on links from the
 * server), and the display helpers of the widgets that show directory data
 * (language names in the UI language, opening hours, addresses, skip links), which the forms do not
 * load. The rest stays automatic: the
 * endonyms of the calendar and the corner panel, and the zoned times of the
 * calendar and its sign-up form (in the chunk they already share), and the
 * CLDR formatter that only the chunks of locales browsers lack (kea, so, wo,
 * ff) import (core/cldr-intl.ts). Nothing of
 * either group is in the entry file, which stays as small as it is.
 */
const SHARED_CHUNKS: [name: string, modules: RegExp][] = [
  [
    'widget-core',
    /src[\\/]core[\\/](errors|api-client|error-message|notice|data-element|data-controller|intl-cache|intl|number-format|phone|heading|web-href|styles[\\/](notice|button))\.ts$|lit(-html)?[\\/](development[\\/])?directives[\\/]if-defined\.js$/,
  ],
  ['widget-display', /src[\\/]core[\\/](language-name|opening-hours|address|skip-link)\.ts$/],
];

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
  if (mode === 'staff-app') {
    return {
      ...shared,
      root: 'staff',
      base: '/staff/',
      build: {
        ...shared.build,
        outDir: '../dist/staff-app',
        emptyOutDir: true,
        assetsDir: 'assets',
        // No inline script in the page (its CSP allows none); every browser the desk supports has modulepreload.
        modulePreload: { polyfill: false },
      },
    };
  }
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
            codeSplitting: {
              // Only the modules named: their dependencies (Lit, the locale state) stay in the entry file.
              groups: SHARED_CHUNKS.map(([name, modules]) => ({
                name,
                test: modules,
                includeDependenciesRecursively: false,
              })),
            },
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
          'inquiry-status': 'src/components/inquiry-status/register.ts',
          'corner-panel': 'src/components/corner-panel/register.ts',
          'appointment-booking': 'src/components/appointment-booking/register.ts',
          'scam-check': 'src/components/scam-check/register.ts',
          // `welcome-widgets/staff`: the desk's elements; never in the script-tag build.
          staff: 'src/staff/index.ts',
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
