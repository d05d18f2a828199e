/**
 * Tidies what the analyzer cannot infer from our conventions: internal state
 * declared in `static properties` (`state: true`) is not an attribute, and
 * events dispatched through typed Event classes are documented by `@event`.
 */
function tidy() {
  return {
    name: 'welcome-widgets-tidy',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const privateFields = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !privateFields.has(a.fieldName));
          }
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/core/base-element.ts', 'src/core/data-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/icons.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [tidy()],
};
