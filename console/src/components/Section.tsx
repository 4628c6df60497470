import type { ReactNode } from 'react';

/** A titled white panel of a screen (an accessible region named by its title). */
export function Section({ title, children, extra }: { title: ReactNode; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="section" aria-label={typeof title === 'string' ? title : undefined}>
      <div className="section-head">
        <h2>{title}</h2>
        {extra}
      </div>
      {children}
    </section>
  );
}
