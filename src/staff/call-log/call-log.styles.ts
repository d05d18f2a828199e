import { css } from 'lit';

export const callLogStyles = css`
  .call {
    max-inline-size: 40em;
  }
  #f-channel .choices {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
  }
  .actions {
    align-items: center;
  }
  .actions p {
    margin: 0;
  }
  .logged {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
