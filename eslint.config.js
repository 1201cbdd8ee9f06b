// ESLint: TypeScript's and React's rules over src, test and scripts. Which layer may import which
// is not here but in .dependency-cruiser.mjs (`npm run lint` runs both); formatting is Prettier's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'node_modules/', 'bench/', 'schema/', 'lessons/', 'src/lessons/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    // The React Compiler's rules (refs written during render, state set during render or in an
    // effect, impure calls in render …) and the rules of hooks.
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      // A dependency list that leaves something out makes a handler see stale state: an error.
      'react-hooks/exhaustive-deps': 'error',
      // `let { account, identity } = …` where only one is reassigned stays one line.
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `import type` for types (verbatimModuleSyntax keeps value imports in the output);
      // `typeof import('…')` stays allowed for the type of a module a test loads lazily.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // iamtutor strips control characters from what it did not write (terminal input, lesson
      // text, file names) on purpose: the sanitisers' regular expressions name them.
      'no-control-regex': 'off',
    },
  },
  {
    // ScrollView measures Ink's layout: it reads the body's laid-out height (refs to Ink nodes) as
    // the frame is written and corrects its offset in a layout effect after every render, before
    // the frame is shown — useLayoutEffect's purpose, and what keeps scrolling at one frame per key
    // (README, Performance). The compiler's rules cannot see that; the component's tests do.
    files: ['src/console/components/ScrollView.tsx'],
    rules: { 'react-hooks/refs': 'off', 'react-hooks/set-state-in-effect': 'off', 'react-hooks/exhaustive-deps': 'off' },
  },
  {
    // Ink's own code, copied with as few changes as possible so an upgrade can be compared line
    // by line (src/vendor/README.md): its style is upstream's.
    files: ['src/vendor/ink-output.ts', 'src/vendor/ink-wrap-text.ts'],
    rules: { 'prefer-const': 'off' },
  },
  {
    // Build scripts and benchmarks run under plain Node.
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    // A CommonJS preload for benchmarked processes (scripts/bench/report-usage.cjs says why).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
