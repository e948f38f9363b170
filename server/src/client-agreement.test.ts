import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';

/**
 * The typed client (client.ts, inferred from the routes) and a client generator reading
 * /api/openapi.json (openapi-typescript) must see the same operations: for each one, the
 * same path and query parameters, each required or optional alike, and the same JSON body.
 * Both are types, so the test writes one assertion per operation and lets the compiler judge.
 */

const serverDir = fileURLToPath(new URL('..', import.meta.url));

interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, unknown> };
}
type Doc = { paths: Record<string, Record<string, Operation>> };

/** `client.api['change-log']['export.csv'].$get`, as a type path. */
function clientAccess(path: string, method: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => JSON.stringify(s.replace(/^\{(\w+)\}$/, ':$1')));
  return `Client${segments.map((s) => `[${s}]`).join('')}[${JSON.stringify(`$${method}`)}]`;
}

const HELPERS = `
import type { InferRequestType } from 'hono/client';
import type { Client } from '../src/client';
import type { operations } from './openapi';

// Which keys are required and which optional: the types of values differ on purpose (the
// hono client takes every path and query value as text), the set of parameters may not.
type Shape<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : {
  [K in keyof T]-?: {} extends Pick<T, K> ? 'optional' : 'required';
};
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agree<T extends true> = T;
type In<F> = F extends (...args: any) => any ? NonNullable<InferRequestType<F>> : never;
// A part the client may leave out (every query key optional) is still that part.
type Part<T, K extends string> = K extends keyof T ? NonNullable<T[K]> : never;
type Params<O, K extends string> = O extends { parameters: infer P } ? NonNullable<Part<P, K>> : never;
type JsonBody<O> = O extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: { 'application/json': infer J } } ? J : never
  : never;
`;

describe('typed client and openapi-typescript agree', () => {
  let dir: string;
  let doc: Doc;
  beforeAll(async () => {
    const app = createApp({ database: { db: undefined as never, engine: 'pglite' } });
    doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
    // Inside server/ so that the check resolves hono and the client like the sources do.
    dir = await mkdtemp(join(serverDir, '.client-agreement-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('on every operation’s path and query parameters and JSON body', async () => {
    await writeFile(join(dir, 'openapi.ts'), astToString(await openapiTS(doc as never)));
    const checks: string[] = [];
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        const name = op.operationId;
        const client = `In<${clientAccess(path, method)}>`;
        const spec = `operations[${JSON.stringify(name)}]`;
        checks.push(
          `type ${name}Path = Agree<Same<Shape<Part<${client}, 'param'>>, Shape<Params<${spec}, 'path'>>>>;`,
          `type ${name}Query = Agree<Same<Shape<Part<${client}, 'query'>>, Shape<Params<${spec}, 'query'>>>>;`,
        );
        if (op.requestBody?.content['application/json'])
          checks.push(
            `type ${name}Json = Agree<Same<Part<${client}, 'json'>, JsonBody<${spec}>>>;`,
            `type ${name}JsonShape = Agree<Same<Shape<Part<${client}, 'json'>>, Shape<JsonBody<${spec}>>>>;`,
          );
      }
    const checkFile = join(dir, 'check.ts');
    await writeFile(checkFile, `${HELPERS}\n${checks.join('\n')}\n`);
    expect(checks.length).toBeGreaterThanOrEqual(80);

    const config = ts.getParsedCommandLineOfConfigFile(
      join(serverDir, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    )!;
    const program = ts.createProgram([checkFile], {
      ...config.options,
      noEmit: true,
      composite: false,
      declaration: false,
      emitDeclarationOnly: false,
      rootDir: serverDir,
      noUnusedLocals: false,
    });
    const file = program.getSourceFile(checkFile)!;
    const problems = ts
      .getPreEmitDiagnostics(program, file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]!)
      .map((message, i, all) => message + (all.length > 20 && i === 19 ? ' …' : ''));
    const lines = (d: ts.Diagnostic) =>
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    const failing = ts
      .getPreEmitDiagnostics(program, file)
      .map((d) => file.text.split('\n')[lines(d)]?.slice(0, 60) ?? '?');
    expect({ failing, problems: problems.slice(0, 20) }).toEqual({ failing: [], problems: [] });
  }, 180_000);
});
