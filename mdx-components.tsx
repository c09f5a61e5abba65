import type { MDXComponents } from 'mdx/types';
import type { ComponentProps, ReactNode } from 'react';
import { authAction } from '@/lib/site/lab-actions';
import { Callout, type CalloutType } from '@/components/lesson/callout';
import { CodeBlock } from '@/components/lesson/code-block';
import { DeepDive } from '@/components/lesson/deep-dive';
import { EngineExtra } from '@/components/lesson/engine-extra';
import { GlossaryTerm } from '@/components/lesson/glossary-term';
import { Heading } from '@/components/lesson/heading';
import {
  LazyActivityDemo,
  LazyCartDemo,
  LazyInspector,
  LazyLoginDemo,
  LazyOptionsPlayground,
  LazyRaceLab,
  LazyRequestDiagram,
  LazySignaturePlayground,
} from '@/components/lesson/lazy-lesson-widgets';
import { Quiz, type QuizQuestion } from '@/components/lesson/quiz';
import { Recap } from '@/components/lesson/recap';
import { glossaryEntryForHref } from '@/lib/course/glossary';
import { PRODUCTS } from '@/lib/shop/products';
import { siteMessages } from '@/lib/i18n/messages/site';
import type { Locale } from '@/lib/i18n/locales';
import { offlineMessages } from '@/lib/i18n/messages/offline';

/**
 * The lesson vocabulary: every tag a lesson may use, bound to the reader's language.
 * A lesson page passes these to its MDX content. Demos and widgets come through
 * lazy-lesson-widgets, so a lesson loads only the client code of the ones it embeds.
 */
export function lessonComponents(locale: Locale): MDXComponents {
  const dict = siteMessages(locale);
  const { popoverLabel, fullEntry, close } = dict.glossary;
  const glossaryLabels = { popoverLabel, fullEntry, close };
  return {
    h2: (props: ComponentProps<'h2'>) => <Heading as="h2" {...props} />,
    h3: (props: ComponentProps<'h3'>) => <Heading as="h3" {...props} />,
    // A wide table scrolls inside its own box; the box takes keyboard focus so it can be scrolled
    // without a mouse, and is named so a screen reader says what the stop is.
    table: (props: ComponentProps<'table'>) => (
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus (WCAG 2.1.1; axe scrollable-region-focusable)
      <div className="lesson-table" role="region" aria-label={dict.table.label} tabIndex={0}>
        <table {...props} />
      </div>
    ),
    pre: (props: ComponentProps<'pre'>) => <CodeBlock {...props} labels={dict.code} />,
    // A link to a glossary entry opens the definition in place; every other link stays a link.
    a: ({ href, children, ...props }: ComponentProps<'a'>) => {
      const entry = glossaryEntryForHref(href, locale);
      if (entry === null || href === undefined) {
        return (
          <a href={href} {...props}>
            {children}
          </a>
        );
      }
      return (
        <GlossaryTerm href={href} term={entry.term} definition={entry.definition[locale]} labels={glossaryLabels}>
          {children}
        </GlossaryTerm>
      );
    },
    Callout: ({ type = 'note', title, children }: { type?: CalloutType; title?: string; children: ReactNode }) => (
      <Callout type={type} title={title} label={dict.callout[type]}>
        {children}
      </Callout>
    ),
    DeepDive: ({ title, children }: { title: string; children: ReactNode }) => (
      <DeepDive title={title} label={dict.deepDive.label}>
        {children}
      </DeepDive>
    ),
    EngineExtra: ({ feature, children }: { feature: string; children: ReactNode }) => (
      <EngineExtra feature={feature} locale={locale}>
        {children}
      </EngineExtra>
    ),
    Recap: ({ children }: { children: ReactNode }) => <Recap title={dict.recap.title}>{children}</Recap>,
    SignaturePlayground: () => (
      <div data-print-omit>
        <LazySignaturePlayground labels={dict.widgets.signature} />
      </div>
    ),
    RequestDiagram: () => <LazyRequestDiagram labels={dict.widgets.diagram} />,
    OptionsPlayground: () => (
      <div data-print-omit>
        <LazyOptionsPlayground locale={locale} />
      </div>
    ),
    Inspector: () => (
      <div className="not-prose" data-print-omit>
        <LazyInspector locale={locale} labels={dict.inspector} serverNeeded={offlineMessages(locale).serverNeeded} />
      </div>
    ),
    LabDemo: ({ name }: { name: 'login' | 'cart' | 'race' | 'activity' }) => (
      <div className="not-prose" data-lab-demo={name} data-print-omit>
        {name === 'login' ? <LazyLoginDemo locale={locale} action={authAction.bind(null, locale)} labels={dict.lab} /> : null}
        {name === 'cart' ? <LazyCartDemo locale={locale} products={PRODUCTS} labels={dict.lab} /> : null}
        {name === 'race' ? <LazyRaceLab locale={locale} labels={dict.lab} /> : null}
        {name === 'activity' ? <LazyActivityDemo locale={locale} labels={dict.lab} /> : null}
      </div>
    ),
    Quiz: ({ id, questions }: { id: string; questions: QuizQuestion[] }) => (
      <div data-print-omit>
        <Quiz id={id} questions={questions} labels={dict.quiz} />
      </div>
    ),
  };
}

/** Required by @next/mdx; lessons get their components from `lessonComponents`. */
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
