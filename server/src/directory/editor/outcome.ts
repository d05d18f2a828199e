/** What an edit of a service came to: the route turns each refusal into its problem. */
export type EditOutcome =
  | { kind: 'ok'; id: string; changeId: string }
  | { kind: 'missing' }
  /** Changed by someone else since the version the editor read. */
  | { kind: 'stale'; version: number; updatedBy: string | null; updatedAt: string }
  /** A field the schemas let through but the data does not (a place that does not exist). */
  | { kind: 'invalid'; field: string; message: string }
  /** The saved service would not be valid HSDS 3.0; each fault named as the editor names the field. */
  | { kind: 'hsds-invalid'; errors: { field: string; message: string }[] };

export type EditRefused = Exclude<EditOutcome, { kind: 'ok' }>;

/** Thrown inside the save's transaction to roll it back with an answer. */
export class EditRefusal extends Error {
  constructor(readonly outcome: EditRefused) {
    super(outcome.kind);
  }
}
