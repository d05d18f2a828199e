/**
 * `msg` and `str` for widgets. Imported from lit-localize's own modules, not
 * its index, so that bundles keep them in the entry file instead of a chunk of
 * their own.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
