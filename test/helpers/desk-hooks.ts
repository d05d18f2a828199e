import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { removeDesks, resetDeskPage } from './desk.js';
import { signOutPage } from './desk-session.js';

/**
 * For a describe block of desk screens: each test starts signed out on a page with no desk, and ends with the
 * desk removed and the viewport and forced colours as they were (a test that narrows the page or turns on forced
 * colours leaves nothing behind).
 */
export function freshDeskEachTest(): void {
  beforeEach(async () => {
    removeDesks();
    resetDeskPage();
    await signOutPage();
  });
  afterEach(async () => {
    removeDesks();
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });
}
