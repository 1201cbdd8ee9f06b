// Which module may import which: DESIGN.md's layer table, checked by `npm run lint`
// (depcruise src test). Arrows point the way imports may go:
//
//   iam ← store ← console / lessons / terminal ← app ← reports ← cli
//
// Beside them, src/formats (file formats such as the AWS CLI's INI files: pure text in and out)
// imports nothing and may be imported by the lessons and the terminal, which both read the
// laptop's files and may not import each other.
//
// A rule names the layer it guards; its comment says why. test/lint/rules.test.ts makes each rule
// catch a small violation, so a rule that stops matching fails a test.

const TEST_FILE = '[.]test[.]tsx?$';
const TEST_CODE = `(${TEST_FILE})|^test/`;

/** A rule that forbids `from` (non-test code of a layer) to import `to`. */
const layer = (name, comment, from, to, extra = {}) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: TEST_CODE },
  to: { path: to, ...extra },
});

export default {
  forbidden: [
    layer(
      'iam-imports-nothing',
      'src/iam is a pure model of the IAM API: it imports nothing of the project.',
      '^src/iam/',
      '^src/(?!iam/)',
    ),
    layer(
      'formats-import-nothing',
      'src/formats parses and writes file formats (INI): pure functions that import nothing of the project.',
      '^src/formats/',
      '^src/(?!formats/)',
    ),
    layer(
      'store-imports-only-iam',
      'The store holds state and calls src/iam; screens, lessons and the terminal read it.',
      '^src/store/',
      '^src/(?!store/|iam/)',
    ),
    layer(
      'lessons-import-iam-and-store',
      'The lesson engine reads the account and the store (and the laptop files through src/formats), and is handed the terminal (RunOptions.newStore).',
      '^src/lessons/',
      '^src/(?!lessons/|store/|iam/|formats/)',
    ),
    layer(
      'lessons-use-the-store-index',
      "Lessons use the store's public API (src/store/index.ts), never its inner files such as workflows/.",
      '^src/lessons/',
      '^src/store/(?!index[.]ts$)',
    ),
    layer(
      'terminal-imports-store-and-iam',
      'The simulated shell runs over the store, calls src/iam and writes the laptop files through src/formats.',
      '^src/terminal/',
      '^src/(?!terminal/|store/|iam/|formats/)',
    ),
    layer(
      'console-imports-only-store-and-iam',
      'The console draws the store and dispatches its actions.',
      '^src/console/',
      '^src/(?!console/|store/|iam/)',
    ),
    layer(
      'console-uses-iam-types-only',
      // Decision: the console calls no IAM function itself; the pure helpers it needs (findUser,
      // checkPassword, validateGroupName, consoleSignInUrl, AWS_MANAGED_POLICIES …) come through
      // the store's index, so every path from a key press to the account goes through the store.
      "The console imports types from src/iam; values come through the store's index.",
      '^src/console/',
      '^src/iam/',
      { dependencyTypesNot: ['type-only'] },
    ),
    layer(
      'app-imports-no-reports-or-cli',
      'The app composes the layers below it; reports and the CLI sit above it.',
      '^src/app/',
      '^src/(reports/|cli/|cli[.]ts$)',
    ),
    layer(
      'reports-import-only-lessons',
      'Completion reports are built from lesson progress.',
      '^src/reports/',
      '^src/(?!reports/|lessons/)',
    ),
    layer(
      'cli-loads-the-app-on-demand',
      'The CLI loads the Ink app with import() only, so `iamtutor lint` or `report` never pays for React.',
      '^src/(cli/|cli[.]ts$)',
      '^src/(app|console|terminal)/',
      { dependencyTypesNot: ['dynamic-import', 'type-only'] },
    ),
    layer(
      'vendor-imports-nothing',
      'src/vendor replaces Ink files inside Ink: it may import only npm packages.',
      '^src/vendor/',
      '^src/(?!vendor/)',
    ),
    layer('src-imports-no-tests', 'Shipped code never imports a test or a test helper.', '^src/', TEST_CODE),
    {
      name: 'tests-import-helpers-from-test-helpers',
      comment: 'Test helpers live in test/helpers; a test never imports another test file.',
      severity: 'error',
      from: { path: TEST_CODE },
      to: { path: TEST_FILE },
    },
    {
      name: 'test-helpers-are-in-test-helpers',
      comment: 'What only tests use lives in test/helpers, not in a src folder of its own.',
      severity: 'error',
      from: { path: TEST_CODE },
      to: { path: '^src/.*(testing/|test-helpers|test-support)' },
    },
    {
      name: 'no-cycles',
      comment: 'Modules import in one direction; a type-only import counts too (it is a cycle of ideas).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead. The vendored Ink files are swapped in by the build, not imported.',
      severity: 'error',
      from: { orphan: true, pathNot: [TEST_CODE, '^src/vendor/(ink-output|ink-wrap-text|narrow-width)[.]ts$', '[.]d[.]ts$'] },
      to: {},
    },
    {
      name: 'no-unreachable-from-the-cli',
      // The other entry points: src/vendor's files, which the build swaps into Ink, and the
      // schema generator's src/lessons/json-schema.ts (npm run gen:schema).
      comment: 'Every shipped module is reachable from src/cli.ts; one that is not is dead code.',
      severity: 'error',
      from: { path: '^src/cli[.]ts$' },
      to: {
        path: '^src/',
        pathNot: [TEST_CODE, '^src/vendor/', '^src/lessons/json-schema[.]ts$', '^src/lessons/fixtures/', '[.]d[.]ts$'],
        reachable: false,
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|bench)/' },
    // Type-only imports are dependencies too: they make cycles and cross layers like any other.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js'],
    },
    skipAnalysisNotInRules: true,
  },
};
