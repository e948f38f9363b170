import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering inside the server (STYLE.md habit 12): SQL lives in db repositories, routes parse,
// authorise and serialise while services own transactions, and services know nothing of Hono.
// Tests may set up and inspect tables directly.
const SQL_OUTSIDE_DB = [
  {
    selector: "TaggedTemplateExpression[tag.name='sql']",
    message: 'SQL belongs in a db repository.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]',
    message: 'Queries belong in a db repository.',
  },
];
const KYSELY_OUTSIDE_DB = {
  name: 'kysely',
  allowTypeImports: true,
  message: 'SQL belongs in a db repository; import its types only.',
};
const SERVER_TESTS = ['server/src/**/*.test.ts', 'server/src/testing/**'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-types/**', '**/node_modules/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // A feature imports shared UI from components/ and lib/, never another feature: what two
  // features share moves down to one of those (bulletproof-react's rule).
  ...readdirSync(new URL('./web/src/features', import.meta.url)).map((feature) => ({
    files: [`web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(features/)?(?!${feature}/|\\.)[a-z-]+/(api|components|lib)/`,
              message:
                'Do not import from another feature; move what both need to components/ or lib/.',
            },
            {
              regex: `/features/(?!${feature}/)`,
              message:
                'Do not import from another feature; move what both need to components/ or lib/.',
            },
          ],
        },
      ],
    },
  })),
  {
    // Migrations are written against Kysely<any> on purpose: they must not import app types.
    files: ['db/src/migrations/**/*.ts', 'db/src/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: SERVER_TESTS,
    rules: {
      'no-restricted-syntax': ['error', ...SQL_OUTSIDE_DB],
      'no-restricted-imports': ['error', { paths: [KYSELY_OUTSIDE_DB] }],
    },
  },
  {
    files: ['server/src/routes/**/*.ts'],
    ignores: SERVER_TESTS,
    rules: {
      'no-restricted-syntax': [
        'error',
        ...SQL_OUTSIDE_DB,
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'A route does not open a transaction: call a service that owns it.',
        },
      ],
    },
  },
  {
    files: ['server/src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [KYSELY_OUTSIDE_DB],
          patterns: [
            {
              group: ['hono', 'hono/*', '@hono/*'],
              message: 'A service takes (db, user, input) and knows nothing of Hono.',
            },
          ],
        },
      ],
    },
  },
);
