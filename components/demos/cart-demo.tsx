'use client';

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { CartView } from '@/lib/shop/cart';
import type { Product } from '@/lib/shop/products';
import type { SiteMessages } from '@/lib/i18n/messages/site';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatRupees } from '@/lib/shop/money';
import { labFetch } from './lab-fetch';
import type { ApiResponse } from '@/components/ui/api-fetch';
import { ProductMenu } from './product-menu';
import { useServerTruth } from './use-server-truth';
import { TextIcon } from '@/components/ui/icon';
import { Card } from '@/components/ui/card';

const small =
  'grid size-11 place-items-center rounded-md border border-line font-bold hover:bg-accent-soft disabled:opacity-50 dark:border-night-line dark:hover:bg-night';

/** The shop: five snacks, a cart kept in the session, every change a real API call. */
export function CartDemo({ locale, products, labels }: { locale: Locale; products: readonly Product[]; labels: SiteMessages['lab'] }) {
  const [cart, setCart] = useState<CartView | null>(null);
  const [user, setUser] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const fetchUser = useCallback(() => labFetch<{ user: { displayName: string } | null }>(locale, '/api/demo/me'), [locale]);
  const showUser = useCallback((response: ApiResponse<{ user: { displayName: string } | null }>) => {
    if (response.ok) setUser(response.data?.user?.displayName ?? null);
  }, []);

  // Bumped by every change: a reload that set out before a change answers for an older cart
  // (on a slow first load, a tap can land while the page's first GET is still on its way).
  const changes = useRef(0);

  // The server's truth: on arrival, after an experiment or another tab's change, on coming back.
  const reload = useCallback(() => {
    const startedAt = changes.current;
    return Promise.all([labFetch<CartView>(locale, '/api/demo/cart'), fetchUser()]).then(([cartResponse, meResponse]) => {
      if (startedAt !== changes.current) return;
      // A read in the background, not an answer to a tap: React may render it in slices.
      startTransition(() => {
        if (cartResponse.data) setCart(cartResponse.data);
        else setMessage(format(labels.error, { message: cartResponse.message ?? '' }));
        showUser(meResponse);
      });
    });
  }, [locale, labels.error, fetchUser, showUser]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useServerTruth(() => void reload());

  async function change(url: string, method: string, body?: unknown) {
    changes.current++;
    setBusy(true);
    const response = await labFetch<CartView>(locale, url, { method, body });
    setBusy(false);
    if (response.data) {
      setCart(response.data);
      setMessage('');
    } else setMessage(format(labels.error, { message: response.message ?? String(response.status) }));
    // The session may have ended elsewhere (an instructor's "Expire all"): the cart answer then
    // comes from a fresh session, and the greeting must follow it.
    showUser(await fetchUser());
  }

  const nameOf = (id: string) => products.find((product) => product.id === id)?.name[locale] ?? id;

  return (
    <div className="space-y-6">
      {user ? (
        <p className="text-xl font-bold" data-testid="greeting">
          {format(labels.greeting, { name: user })}
        </p>
      ) : null}
      <ProductMenu
        id="menu-title"
        title={labels.products}
        addLabel={labels.add}
        locale={locale}
        products={products}
        busy={busy}
        onAdd={(productId) => void change('/api/demo/cart', 'POST', { productId, qty: 1 })}
      />
      <Card as="section" aria-labelledby="cart-title" data-testid="cart">
        <h2 id="cart-title" className="text-lg font-bold">
          {labels.cart}
        </h2>
        {!cart || cart.items.length === 0 ? (
          <p className="mt-2 text-muted dark:text-night-muted">{labels.cartEmpty}</p>
        ) : (
          <>
            <ul className="mt-3 divide-y divide-line dark:divide-night-line">
              {cart.items.map((item) => {
                const name = nameOf(item.productId);
                return (
                  <li key={item.productId} className="flex flex-wrap items-center gap-3 py-2" data-testid={`cart-line-${item.productId}`}>
                    <span className="min-w-32 flex-1">
                      <span className="font-semibold">{name}</span>
                      <span className="block text-sm text-muted dark:text-night-muted">
                        {formatRupees(item.unitPricePaise)} {labels.each}
                      </span>
                    </span>
                    <span className="flex items-center gap-2">
                      <button
                        type="button"
                        className={small}
                        disabled={busy}
                        aria-label={format(labels.decrease, { name })}
                        onClick={() =>
                          void (item.qty > 1
                            ? change(`/api/demo/cart/${item.productId}`, 'PATCH', { qty: item.qty - 1 })
                            : change(`/api/demo/cart/${item.productId}`, 'DELETE'))
                        }
                      >
                        −
                      </button>
                      <span
                        className="w-8 text-center font-mono font-bold tabular-nums"
                        aria-label={labels.qty}
                        data-testid={`qty-${item.productId}`}
                      >
                        {item.qty}
                      </span>
                      <button
                        type="button"
                        className={small}
                        disabled={busy || item.qty >= 99}
                        aria-label={format(labels.increase, { name })}
                        onClick={() => void change(`/api/demo/cart/${item.productId}`, 'PATCH', { qty: item.qty + 1 })}
                      >
                        +
                      </button>
                      <button
                        type="button"
                        className="grid size-11 place-items-center rounded-md text-sm hover:bg-accent-soft dark:hover:bg-night"
                        disabled={busy}
                        aria-label={format(labels.remove, { name })}
                        onClick={() => void change(`/api/demo/cart/${item.productId}`, 'DELETE')}
                      >
                        <TextIcon name="cross" />
                      </button>
                    </span>
                    <span className="w-20 text-right font-mono tabular-nums">{formatRupees(item.unitPricePaise * item.qty)}</span>
                  </li>
                );
              })}
            </ul>
            <p className="mt-3 flex justify-between border-t border-line pt-3 text-lg font-bold dark:border-night-line">
              <span>{labels.total}</span>
              <span className="font-mono tabular-nums" data-testid="cart-total">
                {formatRupees(cart.totalPaise)}
              </span>
            </p>
            <button
              type="button"
              disabled={busy}
              onClick={() => void change('/api/demo/cart', 'DELETE')}
              className="mt-3 min-h-11 rounded-md border border-line px-3 py-1.5 text-sm font-semibold hover:bg-accent-soft dark:border-night-line dark:hover:bg-night"
            >
              {labels.empty}
            </button>
          </>
        )}
        <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm font-semibold text-red-800 dark:text-red-300">
          {message}
        </p>
      </Card>
    </div>
  );
}
