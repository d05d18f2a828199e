export default {
  globs: ['src/components/**/*.ts', 'src/core/base-element.ts', 'src/core/data-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/icons.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
