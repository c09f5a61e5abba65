import { parseExpressionAt, type Expression, type Node } from 'acorn';
import { z } from 'zod';
import { readLessonSource } from '@/lib/course/content';
import type { Locale } from '@/lib/i18n/locales';

/*
 * A lesson's quiz questions as data, for the live quiz: read out of the lesson's MDX source
 * (`<Quiz id="…" questions={[…]} />`), where the page and the handout render them. The
 * `questions` expression is parsed with acorn and only plain literals (arrays, objects, strings,
 * booleans, numbers) are turned into values; nothing in the file is ever run.
 */

const optionSchema = z.object({ text: z.string(), correct: z.boolean().optional(), explanation: z.string() });
const questionSchema = z.object({ prompt: z.string(), options: z.array(optionSchema).min(2).max(8) });

export type LiveQuestion = z.infer<typeof questionSchema>;

/** A literal's value, or undefined for anything that is not a plain literal. */
function literalValue(node: Node): unknown {
  switch (node.type) {
    case 'Literal': {
      const { value } = node as Node & { value: unknown };
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
    }
    case 'TemplateLiteral': {
      const template = node as Node & { expressions: unknown[]; quasis: { value: { cooked: string | null } }[] };
      return template.expressions.length === 0 ? (template.quasis[0]?.value.cooked ?? undefined) : undefined;
    }
    case 'ArrayExpression': {
      const values = (node as Node & { elements: (Node | null)[] }).elements.map((element) =>
        element === null ? undefined : literalValue(element),
      );
      return values.includes(undefined) ? undefined : values;
    }
    case 'ObjectExpression': {
      const result: Record<string, unknown> = {};
      for (const property of (node as Node & { properties: Node[] }).properties) {
        const prop = property as Node & { computed?: boolean; key?: Node & { name?: string; value?: unknown }; value?: Node };
        if (prop.type !== 'Property' || prop.computed || prop.key === undefined || prop.value === undefined) return undefined;
        const key = prop.key.type === 'Identifier' ? prop.key.name : typeof prop.key.value === 'string' ? prop.key.value : undefined;
        if (key === undefined) return undefined;
        const value = literalValue(prop.value);
        if (value === undefined) return undefined;
        result[key] = value;
      }
      return result;
    }
    default:
      return undefined;
  }
}

/** The questions of the first `<Quiz questions={[…]}>` in an MDX source, or null when there is none or it is not plain data. */
export function quizQuestionsIn(source: string): LiveQuestion[] | null {
  const start = /<Quiz\b[^>]*?\bquestions=\{/.exec(source);
  if (start === null) return null;
  let expression: Expression;
  try {
    expression = parseExpressionAt(source, start.index + start[0].length, { ecmaVersion: 'latest' });
  } catch {
    return null;
  }
  const parsed = z.array(questionSchema).min(1).safeParse(literalValue(expression));
  return parsed.success ? parsed.data : null;
}

const cache = new Map<string, LiveQuestion[] | null>();

/** The quiz questions of lesson `slug` in `locale` (read once per process), or null. */
export function lessonQuizQuestions(locale: Locale, slug: string): LiveQuestion[] | null {
  const key = `${locale}/${slug}`;
  if (!cache.has(key)) {
    const source = readLessonSource(locale, slug);
    cache.set(key, source === null ? null : quizQuestionsIn(source));
  }
  return cache.get(key) ?? null;
}
