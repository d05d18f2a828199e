import { css } from 'lit';

/**
 * The shell: a bar with the name and the person, the menu beside the screen
 * from 64em (1024 px at 16 px) and above it below that (a tablet, a phone),
 * one column at 320 px.
 */
export const deskShellStyles = css`
  .desk {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    max-inline-size: 90em;
    margin-inline: auto;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
    padding-block-end: var(--_space-s);
    border-block-end: 1px solid var(--_color-border);
  }
  .brand {
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .person {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .person p {
    margin: 0;
  }
  .account-link {
    display: inline-block;
    padding-block: var(--_space-xs);
    color: var(--_color-primary);
  }
  .account-link[aria-current='page'] {
    font-weight: 700;
  }
  .layout {
    display: grid;
    gap: var(--_space-m);
    align-items: start;
  }
  @media (min-width: 64em) {
    .layout {
      grid-template-columns: 13em minmax(0, 1fr);
    }
  }
  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @media (min-width: 64em) {
    .nav ul {
      flex-direction: column;
    }
  }
  .nav a {
    display: block;
    padding: var(--_space-xs) var(--_space-s);
    min-block-size: 24px;
    border-radius: var(--_radius);
    color: var(--_color-primary);
  }
  .nav a[aria-current='page'] {
    font-weight: 700;
    text-decoration: none;
    background: var(--_color-surface-hover);
    border-inline-start: 0.25em solid var(--_color-primary);
  }
  main {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  main:focus {
    outline: none;
  }
  .untranslated {
    margin: 0;
  }
  dialog.expired {
    max-inline-size: min(36em, calc(100vw - 2em));
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  dialog.expired::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  @media (forced-colors: active) {
    .nav a[aria-current='page'] {
      border-inline-start-color: Highlight;
    }
  }
  /* On paper only the screen (a roster's sign-in sheet): no bar, menu or notice around it. */
  @media print {
    .bar,
    .nav,
    .untranslated {
      display: none;
    }
    .desk,
    .layout {
      display: block;
      padding: 0;
    }
  }
`;
