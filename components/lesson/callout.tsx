import type { ReactNode } from 'react';
import { TextIcon, type TextIconName } from '@/components/ui/icon';

export type CalloutType = 'note' | 'tip' | 'warning';

const tones: Record<CalloutType, { box: string; icon: TextIconName | '!' }> = {
  note: { box: 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/60', icon: 'info' },
  tip: { box: 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950/60', icon: 'sparkle' },
  warning: { box: 'border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/60', icon: '!' },
};

/** A note, tip or warning beside the main text. `label` is the type's name in the reader's language. */
export function Callout({
  type = 'note',
  title,
  label,
  children,
}: {
  type?: CalloutType;
  title?: string;
  label: string;
  children: ReactNode;
}) {
  const tone = tones[type] ?? tones.note;
  return (
    <aside aria-label={title ?? label} className={`rounded-r-xl border-l-4 px-5 py-4 ${tone.box}`}>
      <p className="flex items-center gap-2 font-bold">
        <span aria-hidden="true" className="grid size-6 place-items-center rounded-full bg-current/10 text-sm">
          {tone.icon === '!' ? '!' : <TextIcon name={tone.icon} />}
        </span>
        {title ?? label}
      </p>
      <div className="mt-2 [&>*+*]:mt-3">{children}</div>
    </aside>
  );
}
