import autocannon from 'autocannon';

/** One POST: where, what, and the key its answer is filed under. */
export interface Post {
  key: string;
  path: string;
  body: string;
  headers?: Record<string, string>;
}

/** What the client saw for one request. */
export interface Answer {
  key: string;
  status: number;
  body: string;
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
  /** Connection errors and timeouts: requests with no answer at all. */
  errors: number;
}

/**
 * Sends `amount` POSTs over `connections` keep-alive connections, each body
 * from `next()`, and records every answer. One request in flight per
 * connection, so the connection's context tells which key an answer is for.
 */
export async function postMany(
  base: string,
  { amount, connections, next }: { amount: number; connections: number; next: () => Post },
): Promise<{ answers: Answer[]; figures: LoadFigures }> {
  const answers: Answer[] = [];
  const started = performance.now();
  const result = await autocannon({
    url: base,
    connections,
    amount,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const post = next();
          (context as { key?: string }).key = post.key;
          return {
            ...request,
            path: post.path,
            body: post.body,
            headers: { 'content-type': 'application/json', ...post.headers },
          };
        },
        onResponse: (status, body, context) => {
          answers.push({ key: (context as { key: string }).key, status, body });
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const statuses: Record<string, number> = {};
  for (const { status } of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  return {
    answers,
    figures: {
      requests: answers.length,
      requestsPerSecond: Math.round(answers.length / seconds),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      statuses,
      errors: result.errors,
    },
  };
}

/**
 * A source of requests where a share repeat an earlier one, as a client
 * retrying after a lost answer would: half of the repeats pick one of the
 * last few sent (likely still in flight: the race), the rest any earlier one.
 * Deterministic, so two runs send the same mix.
 */
export function withRetries(fresh: (n: number) => Post, share: number): () => Post {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const sent: Post[] = [];
  return () => {
    if (sent.length > 0 && random() < share) {
      const window = random() < 0.5 ? Math.min(sent.length, 64) : sent.length;
      return sent[sent.length - 1 - Math.floor(random() * window)]!;
    }
    const post = fresh(sent.length);
    sent.push(post);
    return post;
  };
}
