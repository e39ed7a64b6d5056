// Lint: typescript-eslint's recommended rules, React hooks rules, and the house
// rules that keep the architecture honest (see README, "How the code is laid out").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Text from data or the URL must never become markup. */
const noHtmlInjection = [
  {
    selector:
      'MemberExpression[property.name=/^(innerHTML|outerHTML|setHTML|setHTMLUnsafe|insertAdjacentHTML)$/]',
    message: 'Never build markup from strings: use text nodes or React elements.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never build markup from strings: use text nodes or React elements.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'document.write is not allowed.',
  },
];

const onlyMapImportsMaplibre = {
  paths: [{ name: 'maplibre-gl', message: 'Only src/map/ may import maplibre-gl.' }],
  patterns: [{ group: ['maplibre-gl/*'], message: 'Only src/map/ may import maplibre-gl.' }],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlInjection],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', onlyMapImportsMaplibre],
    },
  },
  {
    files: ['src/map/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Imports run one way: components -> features -> app.
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...onlyMapImportsMaplibre,
          patterns: [
            ...onlyMapImportsMaplibre.patterns,
            {
              group: ['**/features/**', '**/app/**'],
              message: 'components/ must not import features/ or app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...onlyMapImportsMaplibre,
          patterns: [
            ...onlyMapImportsMaplibre.patterns,
            { group: ['**/app/**'], message: 'features/ must not import app/.' },
          ],
        },
      ],
    },
  },
);
