// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PLATFORM_SDKS = ['grammy', 'grammy/*', '@grammyjs/*', 'discord.js', '@discordjs/*', '@slack/bolt', '@slack/*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'src/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The core never depends on a platform SDK: adapters depend on the core, not the reverse.
    // (No import cycles, and each layer of src/ importing only the layers below it, is checked by
    // scripts/lint/check-imports.ts, which `npm run lint` runs after ESLint.)
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: PLATFORM_SDKS,
              message: 'src/ is platform-neutral: platform SDKs belong in adapters/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
);
