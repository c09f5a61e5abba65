import { Children, isValidElement, type ComponentProps, type ComponentType, type ReactElement, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { QuizQuestion } from './quiz';
import { InlineCode } from './inline-code';
import { Recap } from './recap';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { classroomMessages } from '@/lib/i18n/messages/classroom';
import { siteMessages } from '@/lib/i18n/messages/site';
import { lessonComponents } from '@/mdx-components';

/*
 * A lesson as a printed handout, from the lesson's own MDX: the "what you will learn" section,
 * the recap and the quiz — the quiz with its questions and options only, never which one is
 * right or why. Everything else a lesson holds (demos, code, deep dives) stays online.
 */

/** The section of a lesson that lists what it teaches. */
const KEY_IDEAS_ID = 'what-you-will-learn';

type Content = ComponentType<{ components?: MDXComponents }>;

function HandoutH2({ children, ...props }: ComponentProps<'h2'>) {
  return <h2 {...props}>{children}</h2>;
}

/** A quiz to answer on paper: options with a box to tick, no answers, no explanations. */
function PaperQuiz({ questions, locale }: { questions: QuizQuestion[]; locale: Locale }) {
  const t = classroomMessages(locale);
  return (
    <section aria-labelledby="handout-quiz" data-testid="handout-quiz" className="handout-block">
      <h2 id="handout-quiz" className="text-xl font-bold">
        {t.quizTitle}
      </h2>
      <p className="mt-1 text-sm">{t.quizNote}</p>
      <ol className="mt-3 grid list-decimal gap-4 pl-6">
        {questions.map((question, index) => (
          <li key={index} className="handout-keep">
            <p className="font-semibold">
              <InlineCode text={question.prompt} />
            </p>
            <ul className="mt-1 grid gap-1">
              {question.options.map((option, optionIndex) => (
                <li key={optionIndex} className="flex gap-2">
                  <span aria-hidden="true" className="shrink-0 font-mono whitespace-nowrap">
                    ☐ {String.fromCharCode(65 + optionIndex)}.
                  </span>
                  <span>
                    <InlineCode text={option.text} />
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Keeps, of the lesson's top-level blocks, the key-ideas section (its heading up to the next
 * `##`), the recap and the quiz, in the lesson's order.
 */
function keepHandoutParts(children: ReactNode, keep: readonly ComponentType<never>[], afterKeyIdeas: ReactNode): ReactNode[] {
  const kept: ReactNode[] = [];
  let inKeyIdeas = false;
  let placed = false;
  const leaveKeyIdeas = () => {
    if (inKeyIdeas && !placed) {
      kept.push(<div key="after-key-ideas">{afterKeyIdeas}</div>);
      placed = true;
    }
  };
  for (const child of Children.toArray(children)) {
    if (!isValidElement(child)) {
      if (inKeyIdeas) kept.push(child);
      continue;
    }
    const element = child as ReactElement<{ id?: string }>;
    if (element.type === HandoutH2) {
      leaveKeyIdeas();
      inKeyIdeas = element.props.id === KEY_IDEAS_ID;
      if (inKeyIdeas) kept.push(element);
      continue;
    }
    if (!inKeyIdeas && keep.includes(element.type as ComponentType<never>)) leaveKeyIdeas();
    if (inKeyIdeas || keep.includes(element.type as ComponentType<never>)) kept.push(element);
  }
  leaveKeyIdeas();
  return kept;
}

/** The blocks of an MDX body element: what its function renders, unwrapped from the fragment. */
function topLevelBlocks(body: ReactNode): ReactNode {
  if (!isValidElement(body) || typeof body.type !== 'function') return body;
  const rendered = (body.type as (props: unknown) => ReactNode)(body.props);
  return isValidElement<{ children?: ReactNode }>(rendered) ? rendered.props.children : rendered;
}

/** The handout parts of one lesson, rendered from its MDX `Content`. */
export function HandoutParts({
  Content,
  locale,
  withQuiz,
  afterKeyIdeas = null,
}: {
  Content: Content;
  locale: Locale;
  withQuiz: boolean;
  /** Shown right after the key ideas (the lesson's sections, on a lesson's handout). */
  afterKeyIdeas?: ReactNode;
}) {
  const dict = siteMessages(locale);
  const HandoutRecap = ({ children }: { children: ReactNode }) => <Recap title={dict.recap.title}>{children}</Recap>;
  const HandoutQuiz = ({ questions }: { questions: QuizQuestion[] }) =>
    withQuiz ? <PaperQuiz questions={questions} locale={locale} /> : null;
  const components: MDXComponents = {
    ...lessonComponents(locale),
    h2: HandoutH2,
    Recap: HandoutRecap,
    Quiz: HandoutQuiz,
    // MDX hands the wrapper one element, the lesson's body; rendering that function here (it
    // holds no hooks) gives the lesson's top-level blocks to choose from.
    wrapper: ({ children }: { children: ReactNode }) => (
      <div className="lesson-prose handout-parts">
        {keepHandoutParts(topLevelBlocks(children), [HandoutRecap, HandoutQuiz] as ComponentType<never>[], afterKeyIdeas)}
      </div>
    ),
  };
  return <Content components={components} />;
}

/** The QR code back to the lesson (or the course), with its address in words for those without a camera. */
export function HandoutQr({ svg, url, label }: { svg: string; url: string; label: string }) {
  return (
    <figure className="handout-keep flex items-center gap-4" data-testid="handout-qr">
      <div
        role="img"
        aria-label={`${label}: ${url}`}
        className="size-32 shrink-0 bg-white p-1 [&>svg]:size-full"
        // Our own SVG, made by the qrcode package from our own address.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="min-w-0 text-sm">
        <span className="block font-semibold">{label}</span>
        <span className="font-mono break-all">{url}</span>
      </figcaption>
    </figure>
  );
}

/** "Lesson 3" */
export function lessonNumberLabel(locale: Locale, n: number): string {
  return format(classroomMessages(locale).handoutLesson, { n });
}
