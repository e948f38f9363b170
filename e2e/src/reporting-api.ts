/** A cookie-holding HTTP client for seeding a journey through the real API, as an admin would. */
export class ApiSession {
  private cookie = '';
  constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<ApiSession> {
    const session = new ApiSession(baseUrl);
    await session.call('POST', '/api/auth/login', { username, password });
    return session;
  }

  /** Sends JSON (with the Origin the CSRF check wants) and returns the body; non-2xx throws. */
  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const res = await this.raw(method, path, body);
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  async raw(method: string, path: string, body?: unknown): Promise<Response> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', origin: this.baseUrl, cookie: this.cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return res;
  }

  async regionByCode(code: string): Promise<{ id: number; name: string }> {
    const { regions } = await this.call<{ regions: { id: number; code: string; name: string }[] }>(
      'GET',
      `/api/regions?q=${code}`,
    );
    const region = regions.find((r) => r.code === code);
    if (!region) throw new Error(`no region ${code}`);
    return region;
  }

  /**
   * Pastes a plan and confirms every extracted target for `regionId`; returns the indicator
   * ids by name (the catalogue links them on confirmation, or they are added to it).
   */
  async confirmPlan(text: string, regionId: number): Promise<Record<string, number>> {
    const { document } = await this.call<{ document: { id: number } }>('POST', '/api/documents', {
      title: 'e2e plan',
      text,
    });
    const { targets } = await this.call<{
      targets: { id: number; version: number; indicator: string }[];
    }>('GET', `/api/documents/${document.id}/targets`);
    const ids: Record<string, number> = {};
    for (const t of targets) {
      const { target } = await this.call<{ target: { indicatorId: number } }>(
        'PATCH',
        `/api/targets/${t.id}`,
        // as a reviewer who adds what the catalogue lacks, close names included
        { version: t.version, regionId, state: 'confirmed', newIndicator: true },
      );
      ids[t.indicator] = target.indicatorId;
    }
    return ids;
  }

  async createUser(
    username: string,
    password: string,
    role: string,
    regionId: number | null,
  ): Promise<void> {
    await this.call('POST', '/api/users', {
      username,
      displayName: username,
      password,
      role,
      regionId,
    });
  }

  /** Saves figures of one quarter as `api` channel, each at version 0 (new cells). */
  async saveFigures(
    regionId: number,
    quarter: string,
    rows: { indicatorId: number; value: number; note?: string }[],
  ): Promise<void> {
    await this.call('PUT', '/api/observations', {
      regionId,
      quarter,
      channel: 'api',
      rows: rows.map((r) => ({ ...r, note: r.note ?? null, version: 0 })),
    });
  }
}
