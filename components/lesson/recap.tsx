import type { ReactNode } from 'react';

/** The lesson's summary box: "Yaad rakhiye" / "Remember". */
export function Recap({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby="recap"
      className="rounded-xl border-2 border-accent/40 bg-accent-soft px-6 py-5 dark:border-night-accent/40 dark:bg-night-2"
    >
      <h2 id="recap" className="!mt-0 text-xl font-bold">
        {title}
      </h2>
      <div className="mt-3 [&>*+*]:mt-3">{children}</div>
    </section>
  );
}
