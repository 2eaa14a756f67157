import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A loop that asserts on each element of a collection proves nothing when the collection is
 * empty: `for (const row of rows) expect(row.ok).toBe(true)` passes over a query that answered
 * no rows. This reads every test file (TypeScript's parser, so code in strings and comments is
 * not mistaken for code) and flags
 *
 * - `for (… of <collection>)` whose body calls `expect(`,
 * - `<collection>.forEach(callback)` whose callback calls `expect(`,
 * - `expect(<collection>.every(…)).toBe(true)` and `expect(<collection>.some(…)).toBe(false)`,
 *
 * unless the same test (the enclosing `it(`/`test(`/hook callback; for a helper, the helper)
 * also shows the collection is not empty, or the collection is fixed where it is written.
 *
 * Shows it is not empty: `expect(<c>.length | <c>.size)` with `toBe`/`toEqual`/`toBeGreaterThan`/
 * `toBeGreaterThanOrEqual` (not against a literal 0), `expect(<c>).toHaveLength(n)` (n not 0),
 * `expect(<c>).toEqual([a, …])` or `toEqual(expect.arrayContaining([a, …]))`, `toContain`,
 * `expect(<c>.some(…)).toBe(true)`, `expect(<c>.find(…) | <c>.at(…) | <c>[i]).toMatchObject(…)`
 * and the like. `<c>.map(…)`, `.sort()`, `Object.keys(<c>)`, `[...<c>]`, `new Set(<c>)` count as
 * `<c>`; an assertion that `<c>.filter(…)` or `<c>.slice(…)` has elements counts for `<c>` too
 * (not the other way round). A loop whose body pushes to or counts up `y` is also covered when
 * the test asserts `y` is positive (`expect(checked).toBeGreaterThan(10)`).
 *
 * Fixed where written: an array literal with an element that is not a spread, an ALL-CAPS
 * constant, or a `const` bound to such a literal, to an object literal, to
 * `Array.from({ length: <n> }, …)` or to `await Promise.all(<one of those>)`.
 */
interface Finding {
  file: string;
  line: number;
  kind: 'for-of' | 'forEach' | 'every' | 'some';
  collection: string;
}

const TEST_CALLS = new Set(['it', 'test', 'beforeAll', 'beforeEach', 'afterAll', 'afterEach']);
const SUITE_CALLS = new Set(['describe', 'suite']);
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

/** The name at the root of a callee: `it`, `it.each([...])`, `it.skip` and `describe.each(...)` all give their root. */
function calleeRoot(expression: ts.Expression): string | undefined {
  let current: ts.Expression = expression;
  for (;;) {
    if (ts.isIdentifier(current)) return current.text;
    if (ts.isPropertyAccessExpression(current)) current = current.expression;
    else if (ts.isCallExpression(current)) current = current.expression;
    else return undefined;
  }
}

function isFunctionLike(
  node: ts.Node,
): node is ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration {
  return (
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node)
  );
}

/** The call `fn` is passed to, if it is an argument of one. */
function callbackOf(fn: ts.Node): ts.CallExpression | undefined {
  const parent = fn.parent;
  return parent && ts.isCallExpression(parent) && parent.arguments.includes(fn as ts.Expression) ? parent : undefined;
}

/** The enclosing test or hook callback; else the outermost function below the suite (a helper); else the suite or file. */
function scopeOf(node: ts.Node): ts.Node {
  let outermost: ts.Node | undefined;
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isSourceFile(current)) return outermost ?? current;
    if (!isFunctionLike(current)) continue;
    const call = callbackOf(current);
    const root = call && calleeRoot(call.expression);
    if (root && TEST_CALLS.has(root)) return current;
    if (root && SUITE_CALLS.has(root)) return outermost ?? current;
    outermost = current;
  }
  return outermost ?? node.getSourceFile();
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isTypeAssertionExpression(current) ||
    ts.isAwaitExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

const SAME_LENGTH_METHODS = new Set(['map', 'sort', 'toSorted', 'reverse', 'toReversed', 'entries', 'keys', 'values']);

/** The collection an expression has exactly the elements (or keys) of: `Object.entries(x)`, `x.map(f)`, `[...x]`, `x ?? []` → `x`. */
function sameLength(expression: ts.Expression): ts.Expression {
  const current = unwrap(expression);
  if (
    ts.isBinaryExpression(current) &&
    (current.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      current.operatorToken.kind === ts.SyntaxKind.BarBarToken)
  )
    return sameLength(current.left);
  if (ts.isArrayLiteralExpression(current) && current.elements.length === 1 && ts.isSpreadElement(current.elements[0]))
    return sameLength(current.elements[0].expression);
  if (
    ts.isNewExpression(current) &&
    ts.isIdentifier(current.expression) &&
    ['Set', 'Map'].includes(current.expression.text) &&
    current.arguments?.length === 1
  )
    return sameLength(current.arguments[0]);
  if (ts.isCallExpression(current)) {
    const callee = current.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      const object = callee.expression.getText();
      const method = callee.name.text;
      if (
        (object === 'Object' && ['keys', 'values', 'entries'].includes(method)) ||
        (object === 'Array' &&
          method === 'from' &&
          current.arguments.length >= 1 &&
          !ts.isObjectLiteralExpression(unwrap(current.arguments[0])))
      ) {
        return sameLength(current.arguments[0]);
      }
      if (SAME_LENGTH_METHODS.has(method) || (method === 'slice' && current.arguments.length === 0))
        return sameLength(callee.expression);
    }
  }
  return current;
}

/** What an assertion that `expression` has elements shows has elements: also the source of a filter or a slice. */
function narrowed(expression: ts.Expression): ts.Expression {
  const current = sameLength(expression);
  if (
    ts.isCallExpression(current) &&
    ts.isPropertyAccessExpression(current.expression) &&
    ['filter', 'slice', 'flatMap'].includes(current.expression.name.text)
  ) {
    return narrowed(current.expression.expression);
  }
  return current;
}

/** Source text without whitespace, optional chaining or non-null assertions, so `a!.b?.c` and `a.b.c` compare equal. */
function key(expression: ts.Expression): string {
  return expression
    .getText()
    .replace(/\s+/g, '')
    .replace(/\?\./g, '.')
    .replace(/!(?=[.[)\],;]|$)/g, '');
}

function isZero(node: ts.Expression | undefined): boolean {
  return (
    node !== undefined && ts.isNumericLiteral(unwrap(node)) && Number((unwrap(node) as ts.NumericLiteral).text) === 0
  );
}

function isNonEmptyArrayLiteral(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  const current = unwrap(node);
  if (ts.isArrayLiteralExpression(current)) return current.elements.some((element) => !ts.isSpreadElement(element));
  // expect.arrayContaining([a, …])
  return (
    ts.isCallExpression(current) &&
    current.expression.getText() === 'expect.arrayContaining' &&
    isNonEmptyArrayLiteral(current.arguments[0])
  );
}

/** One `expect(actual)…matcher(args)`. */
interface Assertion {
  actual: ts.Expression;
  matcher: string;
  negated: boolean;
  args: readonly ts.Expression[];
}

/** The matcher an `expect(…)` call is chained to (`.not` flips it; `.resolves`/`.rejects` pass through). */
function assertionAt(call: ts.CallExpression): Assertion | undefined {
  let negated = false;
  let current: ts.Node = call;
  while (ts.isPropertyAccessExpression(current.parent) && current.parent.expression === current) {
    const name = current.parent.name.text;
    const grand = current.parent.parent;
    if (ts.isCallExpression(grand) && grand.expression === current.parent)
      return { actual: call.arguments[0], matcher: name, negated, args: grand.arguments };
    if (name === 'not') negated = !negated;
    current = current.parent;
  }
  return undefined;
}

function isExpectCall(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'expect' &&
    node.arguments.length > 0
  );
}

/** Every assertion in `scope`. */
function assertionsIn(scope: ts.Node): Assertion[] {
  const found: Assertion[] = [];
  const visit = (node: ts.Node) => {
    const assertion = isExpectCall(node) ? assertionAt(node) : undefined;
    if (assertion) found.push(assertion);
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

/** Whether the assertion shows the collection `target` (a key) has at least one element. */
function showsNonEmpty(assertion: Assertion, target: string): boolean {
  const actual = unwrap(assertion.actual);
  const [arg] = assertion.args;
  const { matcher, negated } = assertion;
  // expect(c.length).toBeGreaterThan(0), expect(c.size).toBe(13)
  if (
    ts.isPropertyAccessExpression(actual) &&
    ['length', 'size'].includes(actual.name.text) &&
    key(narrowed(actual.expression)) === target
  ) {
    if (negated) return ['toBe', 'toEqual'].includes(matcher) && isZero(arg);
    if (matcher === 'toBeGreaterThan') return true;
    return ['toBe', 'toEqual', 'toStrictEqual', 'toBeGreaterThanOrEqual'].includes(matcher) && !isZero(arg);
  }
  // expect(c.some(p)).toBe(true)
  if (
    ts.isCallExpression(actual) &&
    ts.isPropertyAccessExpression(actual.expression) &&
    actual.expression.name.text === 'some' &&
    key(narrowed(actual.expression.expression)) === target
  ) {
    return !negated && ((matcher === 'toBe' && arg?.kind === ts.SyntaxKind.TrueKeyword) || matcher === 'toBeTruthy');
  }
  // expect(c.find(p)).toMatchObject(…), expect(c[0]).toEqual(…)
  const element =
    (ts.isCallExpression(actual) &&
      ts.isPropertyAccessExpression(actual.expression) &&
      ['find', 'at'].includes(actual.expression.name.text) &&
      actual.expression.expression) ||
    (ts.isElementAccessExpression(actual) && actual.expression);
  if (element && key(narrowed(element)) === target) {
    return !negated && ['toMatchObject', 'toEqual', 'toStrictEqual', 'toBeDefined', 'toBeTruthy'].includes(matcher);
  }
  if (key(narrowed(actual)) !== target) return false;
  if (matcher === 'toHaveLength') return negated ? isZero(arg) : !isZero(arg);
  if (negated)
    return (
      ['toEqual', 'toStrictEqual'].includes(matcher) &&
      arg !== undefined &&
      ts.isArrayLiteralExpression(unwrap(arg)) &&
      (unwrap(arg) as ts.ArrayLiteralExpression).elements.length === 0
    );
  if (['toContain', 'toContainEqual'].includes(matcher)) return true;
  return ['toEqual', 'toStrictEqual', 'toMatchObject'].includes(matcher) && isNonEmptyArrayLiteral(arg);
}

/** What a loop body grows: `list.push(…)`, `total += …`, `checked++`. */
function growsIn(body: ts.Node): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'push'
    )
      names.push(key(node.expression.expression));
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
      names.push(key(node.left));
    if (
      (ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      node.operator === ts.SyntaxKind.PlusPlusToken
    )
      names.push(key(node.operand));
    ts.forEachChild(node, visit);
  };
  visit(body);
  return names;
}

function showsPositive(assertion: Assertion, name: string): boolean {
  if (showsNonEmpty(assertion, name)) return true;
  const [arg] = assertion.args;
  if (assertion.negated || key(unwrap(assertion.actual)) !== name) return false;
  return (
    assertion.matcher === 'toBeGreaterThan' ||
    (['toBe', 'toEqual', 'toBeGreaterThanOrEqual'].includes(assertion.matcher) && arg !== undefined && !isZero(arg))
  );
}

/** The initializer of the nearest `const name = …` declared in an enclosing block, if any. */
function constInitializer(name: string, from: ts.Node): ts.Expression | undefined {
  for (let current: ts.Node | undefined = from.parent; current; current = current.parent) {
    if (!ts.isBlock(current) && !ts.isSourceFile(current) && !ts.isModuleBlock(current)) continue;
    for (const statement of current.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          return statement.declarationList.flags & ts.NodeFlags.Const ? declaration.initializer : undefined;
        }
      }
    }
  }
  return undefined;
}

/** Whether the collection has a fixed, non-empty set of elements where it is written. */
function isFixed(expression: ts.Expression, from: ts.Node, depth = 0): boolean {
  if (depth > 5) return false;
  const current = sameLength(expression);
  if (ts.isArrayLiteralExpression(current)) return current.elements.some((element) => !ts.isSpreadElement(element));
  if (ts.isObjectLiteralExpression(current)) return current.properties.length > 0;
  if (ts.isIdentifier(current)) {
    if (CONSTANT.test(current.text)) return true;
    const initializer = constInitializer(current.text, from);
    return initializer !== undefined && isFixed(initializer, from, depth + 1);
  }
  if (ts.isPropertyAccessExpression(current) && CONSTANT.test(current.name.text)) return true;
  if (ts.isCallExpression(current)) {
    const callee = current.expression.getText();
    const [first] = current.arguments;
    // Array.from({ length: 5 }, …)
    if (callee === 'Array.from' && first && ts.isObjectLiteralExpression(unwrap(first))) {
      const length = (unwrap(first) as ts.ObjectLiteralExpression).properties.find(
        (property) => property.name?.getText() === 'length',
      );
      return (
        length !== undefined &&
        ts.isPropertyAssignment(length) &&
        ts.isNumericLiteral(length.initializer) &&
        Number(length.initializer.text) > 0
      );
    }
    if ((callee === 'Promise.all' || callee === 'Promise.allSettled') && first) return isFixed(first, from, depth + 1);
  }
  return false;
}

function containsExpect(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(child) && ts.isIdentifier(child.expression) && child.expression.text === 'expect')
      found = true;
    else ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** The loops and quantified assertions of one file that could pass over an empty collection. */
function vacuousLoops(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const scopes = new Map<ts.Node, Assertion[]>();
  const assertions = (scope: ts.Node) => scopes.get(scope) ?? scopes.set(scope, assertionsIn(scope)).get(scope)!;

  const check = (node: ts.Node, kind: Finding['kind'], collection: ts.Expression, body: ts.Node | undefined) => {
    if (isFixed(collection, node)) return;
    const target = key(sameLength(collection));
    const inScope = assertions(scopeOf(node));
    if (inScope.some((assertion) => showsNonEmpty(assertion, target))) return;
    if (body && growsIn(body).some((name) => inScope.some((assertion) => showsPositive(assertion, name)))) return;
    findings.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      kind,
      collection: collection.getText(source).replace(/\s+/g, ' '),
    });
  };

  const visit = (node: ts.Node) => {
    if (ts.isForOfStatement(node) && containsExpect(node.statement))
      check(node, 'for-of', node.expression, node.statement);
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'forEach'
    ) {
      const [callback] = node.arguments;
      if (
        callback &&
        (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) &&
        containsExpect(callback.body)
      )
        check(node, 'forEach', node.expression.expression, callback.body);
    }
    // expect(c.every(p)).toBe(true) / expect(c.some(p)).toBe(false)
    const assertion = isExpectCall(node) ? assertionAt(node) : undefined;
    const actual = assertion && unwrap(assertion.actual);
    if (assertion && actual && ts.isCallExpression(actual) && ts.isPropertyAccessExpression(actual.expression)) {
      const method = actual.expression.name.text;
      const [arg] = assertion.args;
      const truthy =
        !assertion.negated &&
        ((assertion.matcher === 'toBe' && arg?.kind === ts.SyntaxKind.TrueKeyword) ||
          assertion.matcher === 'toBeTruthy');
      const falsy =
        !assertion.negated &&
        ((assertion.matcher === 'toBe' && arg?.kind === ts.SyntaxKind.FalseKeyword) ||
          assertion.matcher === 'toBeFalsy');
      if (method === 'every' && truthy) check(node, 'every', actual.expression.expression, undefined);
      if (method === 'some' && falsy) check(node, 'some', actual.expression.expression, undefined);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/**
 * Loops that may rightly run over nothing, each named by its file and the loop (kind and
 * collection, as the finding reads; not the line, which formatting moves) and why. Kept short:
 * where a collection should have elements, the test says so instead.
 */
const ALLOWED: Array<{ at: string; reason: string }> = [
  {
    at: 'test/disclosure-control.test.ts for-of over rows',
    reason:
      'a helper over one question, which may legitimately publish no rows; its callers count the withheld and published rows across all questions and assert both',
  },
  {
    at: 'test/injection.test.ts for-of over response.body.errors ?? []',
    reason:
      'operator text that behaves like inert text mostly draws no error at all; the loop checks the code of any error that does come back, and the line after it compares the whole outcome with the baseline',
  },
];

function testFiles(dir = 'test'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('test hygiene: loops that assert run over something', () => {
  it('flags a loop, a forEach and an every over a collection nothing shows has elements, and accepts the guarded and the fixed ones', () => {
    const fixture = [
      "it('unguarded', async () => {", // 1
      '  const rows = await load();',
      '  for (const row of rows) expect(row.ok).toBe(true);', // 3
      '  rows.forEach((row) => expect(row.id).toBeDefined());', // 4
      '  expect(rows.every((row) => row.ok)).toBe(true);', // 5
      '  expect(rows.some((row) => row.bad)).toBe(false);', // 6
      '  for (const { node } of page?.edges ?? []) expect(node.id).toBeTruthy();', // 7
      '  for (const x of [...rows, ...more]) expect(x).toBeTruthy();', // 8
      '  for (const x of []) expect(x).toBeTruthy();', // 9
      '  for (const row of rows.filter((r) => r.ok)) expect(row.id).toBeTruthy();', // 10
      '  const seen = `for (const fake of text) expect(fake)`;', // in a string: not code
      '});',
      "it('guarded', async () => {",
      '  const rows = await load();',
      "  expect(rows.length, 'seeded rows').toBeGreaterThan(0);",
      '  for (const row of rows) expect(row.ok).toBe(true);',
      '  for (const [k, v] of Object.entries(rows)) expect(v).toBe(k);',
      '  expect(page.edges).toHaveLength(3);',
      '  for (const { node } of page?.edges ?? []) expect(node.id).toBeTruthy();',
      '  const kept = rows.filter((r) => r.ok);',
      '  expect(kept).toEqual([a, b]);',
      '  kept.forEach((row) => expect(row.id).toBeTruthy());',
      "  expect(stages.find((s) => s.stage === 'IXSCAN')).toMatchObject({ name: 'i' });",
      "  expect(stages.some((s) => s.stage === 'COLLSCAN')).toBe(false);",
      '  let checked = 0;',
      '  for (const item of items) { expect(item).toBeTruthy(); checked++; }',
      '  expect(checked).toBeGreaterThan(10);',
      '});',
      "it('fixed', async () => {",
      '  for (const x of [1, 2]) expect(x).toBeGreaterThan(0);',
      '  for (const x of NAMES) expect(x).toBeTruthy();',
      "  const cases = [['a', 1]] as const;",
      '  for (const [name, n] of cases) expect(name).toHaveLength(n);',
      '  const answers = await Promise.all(Array.from({ length: 4 }, () => ask()));',
      '  for (const answer of answers) expect(answer).toEqual(alone);',
      '});',
      'function helper(nodes) {',
      '  for (const node of nodes) expect(node).toBeTruthy();', // 38: nothing in the helper guards it
      '}',
      "it('a guard in another test does not count', () => {",
      '  expect(rows.length).toBe(0);', // not a guard either
      '  for (const row of rows) expect(row).toBeTruthy();', // 42
      '});',
    ].join('\n');
    const found = vacuousLoops('fixture.ts', fixture).map(
      (finding) => `${finding.line} ${finding.kind} ${finding.collection}`,
    );
    expect(found).toEqual([
      '3 for-of rows',
      '4 forEach rows',
      '5 every rows',
      '6 some rows',
      '7 for-of page?.edges ?? []',
      '8 for-of [...rows, ...more]',
      '9 for-of []',
      '10 for-of rows.filter((r) => r.ok)',
      '38 for-of nodes',
      '42 for-of rows',
    ]);
  });

  it('every loop that asserts in the tests runs over a collection the test shows has elements', () => {
    const files = testFiles();
    expect(files.length, 'test files read').toBeGreaterThan(50);
    const findings = files.flatMap((file) => vacuousLoops(file, readFileSync(file, 'utf8')));
    const allowed = new Set(ALLOWED.map((entry) => entry.at));
    const unguarded = findings
      .filter((finding) => !allowed.has(`${finding.file} ${finding.kind} over ${finding.collection}`))
      .map((finding) => `${finding.file}:${finding.line} ${finding.kind} over ${finding.collection}`);
    expect(
      unguarded,
      'assert the collection has elements (expect(xs.length, what).toBeGreaterThan(0)) or its exact length',
    ).toEqual([]);
    // An allowlist entry that names no flagged loop any more is stale.
    const flagged = new Set(findings.map((finding) => `${finding.file} ${finding.kind} over ${finding.collection}`));
    expect(
      ALLOWED.filter((entry) => !flagged.has(entry.at)).map((entry) => entry.at),
      'stale ALLOWED entries',
    ).toEqual([]);
  });
});
