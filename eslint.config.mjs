import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'build/', 'artifacts/', 'src/generated/', '**/*.js', '!eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      // Chinese typesetting uses the ideographic space (U+3000) in strings on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // The core runs on the phone, in the CLI and in jest alike: no Node, no Taro, no React, no jieba.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core must not import Node.' },
            { group: ['@tarojs/*', 'react', 'react-dom'], message: 'The core must not import the app framework.' },
            { group: ['nodejieba'], message: 'jieba runs only at build time (src/node).' },
            { group: ['**/node/**', '**/pages/**', '**/app/**'], message: 'The core imports nothing outside src/core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/pages/**/*', 'src/components/**/*', 'src/app/**/*', 'src/platform/**/*', 'src/app.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/node/**', 'node:*', 'nodejieba', 'lunr'], message: 'The app runs on the phone: the core only.' }] },
      ],
    },
  },
  {
    // No function in src/ over 100 lines: a longer one is a coordinator that wants splitting.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/pages/**', '**/app/**', '@tarojs/*'], message: 'The toolchain never imports the app.' }] },
      ],
    },
  },
);
