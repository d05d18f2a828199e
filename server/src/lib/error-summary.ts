/** An error as kept in the outbox: no address (a server's refusal often quotes it), short. */
export function errorSummary(error: unknown): string {
  const code = (error as { code?: unknown; responseCode?: unknown }) ?? {};
  const text = error instanceof Error ? error.message : String(error);
  const prefix = [code.code, code.responseCode].filter((part) => part !== undefined).join(' ');
  const summary = `${prefix ? `${prefix}: ` : ''}${text}`.replace(/[^\s<>"',;:]+@[^\s<>"',;]+/g, '…');
  return summary.length > 300 ? `${summary.slice(0, 299)}…` : summary;
}
