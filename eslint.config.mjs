import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // eslint-config-next registers jsx-a11y with a few rules; turn on its whole recommended set.
  { files: ['**/*.{jsx,tsx}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Import arrows run one way: app → components → lib, with lib/session (the engine) at the bottom.
  {
    files: ['lib/**/*.{ts,tsx,mjs}'],
    // A claim test may render a recipe's React code to check what a lesson says of it.
    ignores: ['lib/session/**', 'lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/components/*'],
              message: 'lib/ sits below app/ and components/: move the shared code into lib/ instead.',
            },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/ holds no UI: React belongs in components/.' },
          ],
        },
      ],
    },
  },
  {
    // The layers under the site: lib/site assembles them (and the feature folders build their
    // routes on lib/site/api-route), never the other way round.
    files: ['lib/{runtime,http,i18n,shop,inspector,course}/**/*.{ts,mjs}'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '@/components/*'], message: 'lib/ sits below app/ and components/: move the shared code into lib/ instead.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/ holds no UI: React belongs in components/.' },
            { group: ['@/lib/site/*', '../site/*'], message: 'lib/site assembles the site from this layer; this layer must not reach back into it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/session/**/*.ts'],
    // The interop tests run the real express-session beside the engine on purpose.
    ignores: ['lib/session/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next', 'next/*', 'react', 'react-dom', 'react/*', 'iron-session', 'express*'],
              message: 'lib/session is the engine: it knows nothing of Next.js, React or other session libraries.',
            },
            { regex: '^@/(?!lib/session/)', message: 'lib/session is the bottom layer: it imports only itself (and Node, redis).' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/session/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^@/(?!lib/session/)', message: 'The engine is tested on its own: import only lib/session.' }] },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '**/app/*'], message: 'components/ sit below app/: move what both need into lib/ or components/.' },
          ],
        },
      ],
    },
  },
  {
    // The practice track's Express apps are plain CommonJS, as the seed note and the learner write them.
    files: ['practice/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
  globalIgnores([
    '.next/**',
    '**/.next/**',
    '.next-*/**',
    'test-results*/**',
    'out/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    '.data/**',
    'practice/**/node_modules/**',
  ]),
]);
