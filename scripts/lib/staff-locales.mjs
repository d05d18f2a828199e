/**
 * The locales the desk's messages (`staff.*`) are written in besides English
 * (src/staff/core/staff-locales.ts says the same at run time). In every other
 * locale a staff message may stay untranslated (no target, or the English copy
 * marked needs-translation): the desk is shown in English there, and says so.
 */
export const STAFF_LOCALES = ['es'];

export const isStaffMessage = (id) => id.startsWith('staff.');
