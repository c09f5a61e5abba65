import type { ComponentProps } from 'react';

/** A lesson heading with a hover anchor; its `id` comes from the ID comment after the heading in the MDX. */
export function Heading({ as: Tag, id, children, ...props }: ComponentProps<'h2'> & { as: 'h2' | 'h3' }) {
  return (
    <Tag id={id} {...props} className="group">
      {children}
      {id ? (
        <a
          href={`#${id}`}
          aria-hidden="true"
          tabIndex={-1}
          className="ml-2 text-muted no-underline opacity-0 group-hover:opacity-100 dark:text-night-muted"
        >
          #
        </a>
      ) : null}
    </Tag>
  );
}
