import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const box = (el: Element) => el.getBoundingClientRect();

/**
 * A keyboard user comes to `widget` from the control before it: the first Tab
 * stop is "Skip past …" (seen only while focused), Enter lands on the mark
 * after the widget's content, and the next Tab leaves the widget for the
 * host page's next control.
 */
export async function expectSkipPast(widget: HTMLElement, skipLabel: string, endLabel: string): Promise<void> {
  const before = Object.assign(document.createElement('button'), { textContent: 'Before' });
  const after = Object.assign(document.createElement('button'), { textContent: 'After' });
  widget.before(before);
  widget.after(after);
  try {
    before.focus();
    await sendKeys({ press: 'Tab' });
    const skip = widget.shadowRoot!.activeElement as HTMLElement | null;
    expect(skip?.textContent!.trim()).to.equal(skipLabel);
    expect(box(skip!).width).to.be.greaterThan(20, 'seen once focused');
    await sendKeys({ press: 'Enter' });
    const end = widget.shadowRoot!.activeElement as HTMLElement | null;
    expect(end?.textContent!.trim()).to.equal(endLabel);
    expect(box(end!).width).to.be.greaterThan(20, 'the landing mark is seen while it has focus');
    expect(box(skip!).width).to.be.at.most(1, 'hidden again without focus');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === after).to.equal(true, 'Tab goes on to the page after the widget');
  } finally {
    before.remove();
    after.remove();
  }
}
