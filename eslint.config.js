import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Where code runs decides what it may import (see CONVENTIONS.md):
//   main/contract  environment-free: no Node, no Electron, nothing else of main
//   main/core      plain Node: never Electron, never the shell
//   main/cli, main/preview: Node tools over the core, never Electron
//   preload        Electron's renderer side and the contract only
//   renderer       the browser: no Node, no Electron, nothing of main but the contract

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electron = {
  name: 'electron',
  message: 'Only the Electron shell (main/index.ts, main/shell) may import electron.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['main/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electron,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The contract is shared with the renderer: no Node.',
            })),
          ],
          patterns: [
            {
              group: ['../*', '!../contract'],
              message: 'The contract imports nothing else of main.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts', 'main/cli/**/*.ts', 'main/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            {
              group: ['**/shell/*', '!**/shell/csp', '**/main/index', '../index', '../../index'],
              message: 'The journal core and its tools never depend on the Electron shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'The sandboxed preload has no Node.',
          })),
          patterns: [
            {
              group: ['**/main/*', '!**/main/contract'],
              message: 'The preload may use the contract only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electron,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer is a web page: no Node.',
            })),
          ],
          patterns: [
            {
              group: ['**/main/*', '!**/main/contract'],
              message: 'The renderer sees main only through the contract (and window.journal).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
