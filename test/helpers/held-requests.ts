/** One request the page made and the test holds: its address, its abort signal, and ways to answer it. */
export interface HeldRequest {
  url: string;
  signal: AbortSignal | undefined;
  /** Lets it through to the server (the reference server behind /v1/). */
  pass(): void;
  /** Answers it with the server's answer, changed by `edit` (a stale answer, told apart from the real one). */
  edit(edit: (body: unknown) => unknown): void;
}

/**
 * Holds the page's requests whose address matches until the test answers
 * them, as a slow network would. A held request fails at once when its signal
 * aborts, as `fetch` does. Call `restore()` when done.
 */
export function holdRequests(match: RegExp) {
  const real = window.fetch;
  const held: HeldRequest[] = [];
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!match.test(url)) return real(input, init);
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')), {
        once: true,
      });
      held.push({
        url,
        signal,
        pass: () => resolve(real(input, init)),
        edit: (edit) =>
          void real(url)
            .then((response) => response.json())
            .then((body: unknown) => {
              const headers = { 'Content-Type': 'application/json' };
              resolve(new Response(JSON.stringify(edit(body)), { headers }));
            }),
      });
    });
  };
  return { held, restore: () => (window.fetch = real) };
}
