import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'url',
  'http',
];
const nodePatterns = NODE_BUILTINS.map((name) => ({
  group: [name],
  message: 'Node modules do not belong here.',
}));
const electronPattern = {
  group: ['electron', 'electron/*'],
  message: 'Only src/main/index.ts and src/main/shell may import electron.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'native/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No .only in committed tests.' },
        {
          selector: "CallExpression[callee.object.name='it'][callee.property.name='skip']",
          message: 'Use a reasoned skip (test.skip(condition, reason)).',
        },
        {
          selector: "CallExpression[callee.object.name='describe'][callee.property.name='skip']",
          message: 'Use a reasoned skip (test.skip(condition, reason)).',
        },
      ],
    },
  },
  {
    // Pure TypeScript shared by every process: no Node, no Electron, no DOM.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodePatterns,
            electronPattern,
            {
              group: ['**/main/**', '**/renderer/**', 'react', 'react-dom'],
              message: 'shared must stay pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodePatterns,
            electronPattern,
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer talks to main only through the API client.',
            },
          ],
        },
      ],
    },
  },
  {
    // Everything in main except the thin Electron shell must run in plain Node.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronPattern,
            { group: ['**/renderer/**'], message: 'main never imports renderer code.' },
          ],
        },
      ],
    },
  },
  {
    // Links leave the app through one checked helper only.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/external-links.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'shell',
          property: 'openExternal',
          message: 'Use safeOpenExternal from shell/external-links.ts.',
        },
      ],
    },
  },
);
