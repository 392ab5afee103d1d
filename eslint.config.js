// @ts-check
import tseslint from 'typescript-eslint';

/** One typed linter for all TypeScript; zero warnings are allowed (npm run lint). */
export default tseslint.config(
  { ignores: ['dist/', 'cdk.out/', '.astro/', 'node_modules/', '.data/', 'bench/*.json', 'bench/.lambda/', '**/*.astro', '**/*.mjs', 'eslint.config.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
