import { css } from 'lit';

export const outreachStyles = css`
  .outreach {
    max-inline-size: 48em;
  }
  .reach-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    margin: 0 0 var(--_space-s);
    padding: var(--_space-s);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .reach-row .field {
    flex: 1 1 12em;
  }
  .reach-row .error {
    flex-basis: 100%;
  }
  .signups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    gap: var(--_space-s) var(--_space-m);
  }
  @media (forced-colors: active) {
    .reach-row {
      border-color: CanvasText;
    }
  }
`;
