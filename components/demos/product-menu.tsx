import type { Product } from '@/lib/shop/products';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatRupees } from '@/lib/shop/money';
import { Card } from '@/components/ui/card';

/**
 * The snacks with an add button each. The server-store cart and the sealed-cookie cart both
 * show it, so the two can be compared on the same clicks with nothing else different.
 */
export function ProductMenu({
  id,
  title,
  addLabel,
  locale,
  products,
  busy,
  onAdd,
}: {
  /** The heading's ID, which names the section. */
  id: string;
  title: string;
  /** The add button's accessible name, with `{name}` for the product. */
  addLabel: string;
  locale: Locale;
  products: readonly Product[];
  busy: boolean;
  onAdd: (productId: string) => void;
}) {
  return (
    <Card as="section" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {products.map((product) => (
          <li
            key={product.id}
            className="flex items-center justify-between gap-2 rounded-lg border border-line px-3 py-2 dark:border-night-line"
          >
            <span>
              <span className="font-semibold">{product.name[locale]}</span>
              <span className="ml-2 text-sm text-muted dark:text-night-muted">{formatRupees(product.unitPricePaise)}</span>
            </span>
            <button
              type="button"
              disabled={busy}
              onClick={() => onAdd(product.id)}
              aria-label={format(addLabel, { name: product.name[locale] })}
              className="grid size-11 shrink-0 place-items-center rounded-md bg-accent text-lg font-semibold text-white disabled:opacity-60 dark:bg-night-accent dark:text-night"
            >
              +
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
