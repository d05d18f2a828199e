import { hasFocus, tabTo } from './browser.mjs';

/**
 * Keyboard moves the journeys share. Each acts only through keys, as a
 * visitor without a mouse would; locators only say where focus should get to.
 */

/** Opens a language picker with the keyboard, types to filter and chooses. */
export async function chooseLanguage(page, picker, typed) {
  await tabTo(page, picker.locator('[part="button"]'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}

/** Moves a focused <select> with the arrow keys until it holds `value`. */
export async function selectByArrows(page, select, value) {
  await tabTo(page, select);
  for (let i = 0; i < 60; i++) {
    const state = await select.evaluate((el, wanted) => {
      const target = [...el.options].findIndex((o) => o.value === wanted);
      return { done: el.value === wanted, down: target > el.selectedIndex, missing: target < 0 };
    }, value);
    if (state.missing) throw new Error(`No option ${value}`);
    if (state.done) return;
    await page.keyboard.press(state.down ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`Could not reach option ${value} with the arrow keys`);
}

/** Checks the radio button with `value` in `group`, with Tab, the arrow keys and Space. */
export async function chooseRadio(page, group, value) {
  const wanted = group.locator(`input[type="radio"][value="${value}"]`);
  // Tab enters a group at its checked button, or at its first when none is checked.
  const radios = group.locator('input[type="radio"]');
  const checked = group.locator('input[type="radio"]:checked');
  await tabTo(page, (await checked.count()) ? checked : radios.first());
  for (let i = 0; i < 8; i++) {
    if (await hasFocus(page, wanted)) {
      if (!(await wanted.isChecked())) await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Could not choose ${value} with the keyboard`);
}

/** Types into a field reached with Tab. */
export async function typeInto(page, field, text) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}
