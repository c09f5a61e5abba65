import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { devanagariShare } from '@/lib/course/devanagari-share';

/** The least Devanagari share of one grader line: lower than a lesson's, a line is short and full of terms. */
const MIN_LINE_SHARE = 0.25;

interface LocalizedCall {
  readonly where: string;
  readonly hinglish: string;
  readonly english: string;
  readonly hindi: string;
}

/** A string or template literal's text, its `${…}` parts left out (they print values, not words). */
function literalText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

/**
 * Every `t(hinglish, english, hindi)` and `hint([anchor,] hinglish, english, hindi)` call in a
 * source whose last three arguments are literals. Calls passing variables (the `hint` helpers
 * themselves) are left out; a call with only two literals yields `hindi: ''`.
 */
export function localizedCalls(file: string, source: string): LocalizedCall[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const calls: LocalizedCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['t', 'hint'].includes(node.expression.text)) {
      const texts = node.arguments.map(literalText);
      const where = `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const isT = node.expression.text === 't';
      // `hint(anchor, …)`: an anchor is a bare slug; no-empty-sessions' `hint` has none.
      const hasAnchor = !isT && /^[a-z0-9-]+$/.test(texts[0] ?? '') && texts.length > 2;
      const words = hasAnchor ? texts.slice(1) : texts;
      if (words.length > 0 && words.every((text) => text !== null)) {
        const [hinglish = '', english = '', hindi = ''] = words as string[];
        calls.push({ where, hinglish, english, hindi });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls;
}

/** What is wrong with one call's `hi` text, or null. */
export function problemOf(call: LocalizedCall): string | null {
  if (call.hinglish === call.english) {
    // No words to translate (a status code, a JSON shape): all three say the same.
    return call.hindi === call.english ? null : `${call.where}: the same in Hinglish and English, but not in hi`;
  }
  if (call.hindi === '') return `${call.where}: no hi text`;
  if (call.hindi === call.hinglish) return `${call.where}: the hi text is the Hinglish text`;
  const share = devanagariShare(call.hindi);
  if (share < MIN_LINE_SHARE) return `${call.where}: Devanagari share ${share.toFixed(2)} < ${MIN_LINE_SHARE}: ${call.hindi}`;
  return null;
}

/** The grader's sources: the checks and the kit around them (`lib/practice/*.ts`), tests left out. */
const practiceDir = join(process.cwd(), 'lib/practice');
const checkFiles = ['checks', '.'].flatMap((dir) =>
  readdirSync(join(practiceDir, dir))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(dir, name)),
);
const calls = checkFiles.flatMap((name) => localizedCalls(name, readFileSync(join(practiceDir, name), 'utf8')));

describe('the grader’s hi texts', () => {
  it('finds the checks’ texts (a scanner that finds nothing would pass anything)', () => {
    expect(checkFiles.filter((name) => name.startsWith('checks/')).length).toBeGreaterThanOrEqual(9);
    expect(calls.some((call) => call.where.startsWith('check-kit.ts:'))).toBe(true);
    expect(calls.length).toBeGreaterThanOrEqual(140);
  });

  it('are Devanagari Hindi in every check: not the Hinglish, at least a quarter Devanagari', () => {
    expect(calls.map(problemOf).filter((problem) => problem !== null)).toEqual([]);
  });

  it('the scan catches a missing, copied or Latin hi text and lets a word-free one through', () => {
    const source = [
      "t('Sahi password: login', 'The right password: logged in');",
      "t('Sahi password: login', 'The right password: logged in', 'Sahi password: login');",
      "t('Logout ke baad key gayab', 'After logout the key is gone', 'Logout after key gone');",
      "hint('logout', 'Pehle login kijiye', 'Log in first', 'पहले login कीजिए');",
      "t('401', '401', '401');",
      't(`${n} × 200`, `${n} × 200`, `${n} × 200`);',
      't(`Zyada se zyada ${n} visits`, `At most ${n} visits`, `ज़्यादा से ज़्यादा ${n} visits`);',
    ].join('\n');
    const problems = localizedCalls('x.ts', source).map(problemOf);
    expect(problems).toEqual([
      'x.ts:1: no hi text',
      'x.ts:2: the hi text is the Hinglish text',
      'x.ts:3: Devanagari share 0.00 < 0.25: Logout after key gone',
      null,
      null,
      null,
      null,
    ]);
  });
});
