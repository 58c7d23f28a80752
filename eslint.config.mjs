// The linter: typescript-eslint with type information, a small rule set (unused code, floating promises, long parameter lists).
import { createRequire, Module } from 'node:module';

// typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 (the native compiler that builds briefcast) does not
// have yet (https://github.com/typescript-eslint/typescript-eslint/issues/10940): it gets TypeScript 6 under another name.
const require = createRequire(import.meta.url);
const ts6 = require.resolve('typescript6');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? ts6 : request, ...rest);
};
const { default: tseslint } = await import('typescript-eslint');

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'output/**', 'src/podcast/web/browser/**'] },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'eval/**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/max-params': ['error', { max: 5 }],
      'no-unreachable': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
);
