/**
 * `msg` and `str` for widgets. Imported from lit-localize's own modules, not
 * its index, so that bundles keep them in the entry file instead of a chunk of
 * their own.
 *
 * The rule: `msg()` answers in the widget's locale only while the widget
 * renders (inside its `update()`: `render()` and the parts it calls). Anywhere
 * else (an event handler, the code after an `await`, a timer, `willUpdate`,
 * `updated`, a controller) it answers in English. To compose a message there
 * in the widget's language, wrap it:
 * `renderInLocale(this.locale, () => msg(...))` (from `./locale.js`), or keep
 * the error or the value in state and compose the words in `render()`.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
