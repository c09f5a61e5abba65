import type { MDXComponents } from 'mdx/types';
import type { ComponentProps, ReactNode } from 'react';
import { authAction } from '@/app/[locale]/lab/actions';
import { Inspector } from '@/components/inspector/inspector';
import { ActivityDemo } from '@/components/lab/activity-demo';
import { CartDemo } from '@/components/lab/cart-demo';
import { LoginDemo } from '@/components/lab/login-demo';
import { RaceLab } from '@/components/lab/race-lab';
import { Callout, type CalloutType } from '@/components/lesson/callout';
import { CodeBlock } from '@/components/lesson/code-block';
import { DeepDive } from '@/components/lesson/deep-dive';
import { Heading } from '@/components/lesson/heading';
import { Quiz, type QuizQuestion } from '@/components/lesson/quiz';
import { Recap } from '@/components/lesson/recap';
import { OptionsPlayground } from '@/components/widgets/options-playground';
import { RequestDiagram } from '@/components/widgets/request-diagram';
import { SignaturePlayground } from '@/components/widgets/signature-playground';
import { PRODUCTS } from '@/lib/demo/products';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The lesson vocabulary: every tag a lesson may use, bound to the reader's language.
 * A lesson page passes these to its MDX content.
 */
export function lessonComponents(locale: Locale): MDXComponents {
  const dict = getDictionary(locale);
  return {
    h2: (props: ComponentProps<'h2'>) => <Heading as="h2" {...props} />,
    h3: (props: ComponentProps<'h3'>) => <Heading as="h3" {...props} />,
    pre: (props: ComponentProps<'pre'>) => <CodeBlock {...props} labels={dict.code} />,
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
    Recap: ({ children }: { children: ReactNode }) => <Recap title={dict.recap.title}>{children}</Recap>,
    SignaturePlayground: () => <SignaturePlayground labels={dict.widgets.signature} />,
    RequestDiagram: () => <RequestDiagram labels={dict.widgets.diagram} />,
    OptionsPlayground: () => <OptionsPlayground locale={locale} />,
    Inspector: () => (
      <div className="not-prose">
        <Inspector locale={locale} labels={dict.inspector} />
      </div>
    ),
    LabDemo: ({ name }: { name: 'login' | 'cart' | 'race' | 'activity' }) => (
      <div className="not-prose" data-lab-demo={name}>
        {name === 'login' ? <LoginDemo locale={locale} action={authAction.bind(null, locale)} labels={dict.lab} /> : null}
        {name === 'cart' ? <CartDemo locale={locale} products={PRODUCTS} labels={dict.lab} /> : null}
        {name === 'race' ? <RaceLab locale={locale} labels={dict.lab} /> : null}
        {name === 'activity' ? <ActivityDemo locale={locale} labels={dict.lab} /> : null}
      </div>
    ),
    Quiz: ({ id, questions }: { id: string; questions: QuizQuestion[] }) => <Quiz id={id} questions={questions} labels={dict.quiz} />,
  };
}

/** Required by @next/mdx; lessons get their components from `lessonComponents`. */
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
