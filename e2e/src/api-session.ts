/** A signed-in HTTP session against a started server: the cookie kept, JSON in and out. */
export class ApiSession {
  private cookie = '';
  constructor(readonly baseUrl: string) {}

  async signIn(username: string, password: string): Promise<void> {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200)
      throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
    this.cookie = /tb_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  }

  /** Sends a request; resolves with status and parsed body, never throws on HTTP errors. */
  async send<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Like `send`, but throws unless the status is 2xx. */
  async ok<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, body: reply } = await this.send<T>(method, path, body);
    if (status < 200 || status >= 300)
      throw new Error(`${method} ${path}: ${status} ${JSON.stringify(reply)}`);
    return reply;
  }
}

/** Runs `tasks` with at most `limit` in flight. */
export async function inParallel<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
