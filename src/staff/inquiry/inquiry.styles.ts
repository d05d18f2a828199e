import { css } from 'lit';

/** Two columns where there is room (the work and notes beside what the person sent), one below. */
export const inquiryStyles = css`
  .columns {
    display: grid;
    gap: var(--_space-m);
    align-items: start;
  }
  @media (min-width: 80em) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .column {
    display: grid;
    gap: var(--_space-m);
    min-inline-size: 0;
  }
  .assign {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s);
  }
  .assign .field {
    flex: 1 1 14em;
  }
  .notes {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .notes p,
  .panel > p {
    margin: 0;
  }
  .note-body,
  .message {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
