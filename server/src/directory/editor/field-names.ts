/** A field as the editor names it: `phones[0].number`, `locations[1].address.postal_code`. */
export function editorFieldOf(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, index) =>
        typeof part === 'number' || /^\d+$/.test(String(part))
          ? `[${String(part)}]`
          : `${index ? '.' : ''}${String(part)}`,
      )
      .join('') || '(body)'
  );
}
