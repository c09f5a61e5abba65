'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from 'react';

/**
 * The site's internal link: `next/link`, but it prefetches a page when the reader reaches for
 * the link (pointer over it, a touch, keyboard focus) rather than whenever the link scrolls
 * into view. A lesson shows 10–20 links at once; prefetching each of them cost every page view
 * as many extra requests to the one server a class shares, and main-thread work while the
 * page was still starting up (docs/PERFORMANCE.md). A reached-for link still opens at once.
 */
export function Link({ href, prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const target = typeof href === 'string' ? href : null;
  const warm = () => {
    if (prefetch !== false && target?.startsWith('/')) router.prefetch(target);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        warm();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        warm();
        onTouchStart?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        warm();
        onFocus?.(event);
      }}
    />
  );
}
