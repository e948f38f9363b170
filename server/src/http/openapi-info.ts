/**
 * Everything in /api/openapi.json that is not a route: what client generators and readers
 * need to call the API (servers, the session scheme, tags, licence).
 */
export function openApiInfo(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Targetboard API',
      version,
      description:
        '指标看板: work-plan targets and quarterly reporting. Every failure answers ' +
        '`{"error":{"code","message","details"?}}`; 422 names the field in `details.issues`. ' +
        'A method a path does not take answers 405 with `Allow`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative: the API is served beside this description, wherever that is deployed.
    servers: [{ url: '/', description: 'The server that serves this description' }],
    security: [{ session: [] }],
    tags: [
      { name: 'system', description: 'Health' },
      { name: 'auth', description: 'Sign in and out' },
      { name: 'users', description: 'Accounts, roles and region scopes (admins)' },
      { name: 'regions', description: 'Administrative divisions (GB/T 2260) and custom units' },
      { name: 'documents', description: 'Work plans and the targets extracted from them' },
      { name: 'targets', description: 'Reviewing and confirming targets' },
      { name: 'indicators', description: 'The indicator catalogue' },
      { name: 'reporting', description: 'Quarterly figures, imports, submissions and history' },
      { name: 'dashboard', description: 'Every region against every target' },
      { name: 'trends', description: 'Figures over time against the target line, and exports' },
      { name: 'alerts', description: 'Notifications, e-mail opt-in and group-robot webhooks' },
    ],
  };
}
