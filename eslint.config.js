// Lint keeps the architecture's walls standing (see README "How the parts talk").
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const zone = (target, from, message, except) => (except ? { target, from, message, except } : { target, from, message });

// A rejection swallowed without a word is a fault nobody can find: log it (console.debug and why), or handle it.
const SILENT_CATCH = {
  selector:
    "CallExpression[callee.property.name='catch'] > :matches(ArrowFunctionExpression, FunctionExpression)[body.type='BlockStatement'][body.body.length=0], " +
    "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression[body.type='Identifier'][body.name='undefined']",
  message: 'Do not swallow a rejection silently: log it with console.debug and the reason, or handle it.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', '.reports/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    // import-x reads only the files it knows how to parse; without these it sees no .ts module and finds no cycle.
    settings: { 'import-x/extensions': ['.ts', '.tsx'], 'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] } },
    // Type-aware rules read the types through tsconfig.json (which includes src, test and scripts).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Modules that import each other in a circle (type-only imports do not count: they vanish from the build).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML strings: page text is hostile.' },
        { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'Never write HTML: use Preact or textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write HTML: use Preact or textContent.' },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
        SILENT_CATCH,
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser APIs from src/platform/browser.ts.' }] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./src/scorer', './src', 'The scorer is pure: it imports nothing outside src/scorer (and the pure validators).', ['./scorer', './validate']),
            zone('./src/validate', './src', 'Validators are pure and stand alone.', ['./validate']),
            zone('./src/sites', './src/background', 'Site adapters only read the page.'),
            zone('./src/sites', './src/db', 'Site adapters only read the page.'),
            zone('./src/sites', './src/ui', 'Site adapters only read the page.'),
            zone('./src/sites', './src/platform', 'Site adapters only read the page.'),
            zone('./src/sites', './src/messaging', 'Site adapters only read the page.'),
            zone('./src/content', './src/background', 'Content scripts reach the background through messaging only.'),
            zone('./src/content', './src/db', 'Only the background opens the database.', ['./types.ts', './schema.ts']),
            zone('./src/ui', './src/background', 'Pages reach the background through messaging only.'),
            zone('./src/ui', './src/db', 'Only the background opens the database.', ['./types.ts', './schema.ts']),
            zone('./src/db', './src/ui', 'The store knows nothing of the UI.'),
            zone('./src/db', './src/content', 'The store knows nothing of the page.'),
            zone('./src/db', './src/platform', 'The store takes its IndexedDB factory as a parameter.'),
            zone('./src/messaging', './src/background', 'The protocol is shared; handlers live in the background.'),
            zone('./src/messaging', './src/ui', 'The protocol is shared.'),
            zone('./src/messaging', './src/db', 'The protocol is shared; handlers live in the background.', ['./types.ts', './schema.ts']),
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**', 'scripts/**', '**/*.test.{ts,tsx}'],
    // Tests may run fixture scripts (test/unit/fixture-dom.ts) and write HTML fixtures.
    rules: { 'no-restricted-syntax': ['error', SILENT_CATCH], 'no-restricted-imports': 'off', 'no-new-func': 'off' },
  },
);
