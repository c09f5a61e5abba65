import { notFound } from 'next/navigation';

/** Any path under a locale that no route serves: the localized 404 page. */
export default function MissingPage() {
  notFound();
}
