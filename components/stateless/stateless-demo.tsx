'use client';

import { type FormEvent, useEffect, useState } from 'react';
import { labFetch } from '@/components/demos/lab-fetch';
import { ProductMenu } from '@/components/demos/product-menu';
import type { DemoUser } from '@/lib/shop/accounts';
import type { CartView } from '@/lib/shop/cart';
import type { Product } from '@/lib/shop/products';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatRupees } from '@/lib/shop/money';
import type { LabsMessages } from '@/lib/i18n/messages/labs';
import { growUntilRefused } from '@/lib/stateless/grow';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';

const API = '/api/demo/stateless';
const input = 'mt-1 block w-full rounded-md border border-line bg-white px-3 py-1.5 dark:border-night-line dark:bg-night';

/** Login, cart and the grow button, all on the sealed-cookie API. */
export function StatelessDemo({
  locale,
  products,
  labels,
}: {
  locale: Locale;
  products: readonly Product[];
  labels: LabsMessages['stateless'];
}) {
  const [user, setUser] = useState<DemoUser | null>(null);
  const [cart, setCart] = useState<CartView | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [grow, setGrow] = useState('');

  useEffect(() => {
    let live = true;
    void Promise.all([labFetch<CartView>(locale, `${API}/cart`), labFetch<{ user: DemoUser | null }>(locale, `${API}/me`)]).then(
      ([cartResponse, meResponse]) => {
        if (!live) return;
        if (cartResponse.data) setCart(cartResponse.data);
        setUser(meResponse.data?.user ?? null);
      },
    );
    return () => {
      live = false;
    };
  }, [locale]);

  async function call<T>(url: string, method: string, body?: unknown): Promise<T | null> {
    setBusy(true);
    const response = await labFetch<T>(locale, url, { method, body });
    setBusy(false);
    setMessage(response.data ? '' : format(labels.error, { message: response.message ?? String(response.status) }));
    return response.data;
  }

  async function login(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await call<{ user: DemoUser }>(`${API}/login`, 'POST', {
      username: form.get('username'),
      password: form.get('password'),
    });
    if (result) setUser(result.user);
  }

  async function logout() {
    if (await call(`${API}/logout`, 'POST')) {
      setUser(null);
      setCart({ items: [], totalPaise: 0 });
    }
  }

  async function change(method: 'POST' | 'DELETE', body?: unknown) {
    const result = await call<CartView>(`${API}/cart`, method, body);
    if (result) setCart(result);
  }

  async function growCookie() {
    setBusy(true);
    setMessage('');
    const result = await growUntilRefused(
      async (productId) => {
        const response = await labFetch<CartView>(locale, `${API}/cart`, { method: 'POST', body: { productId, qty: 1 } });
        if (response.data) setCart(response.data);
        return response;
      },
      (added) => setGrow(format(labels.growing, { count: added })),
    );
    setGrow(`${format(labels.grewTo, { count: result.added })} ${result.refusal?.message ?? ''}`);
    setBusy(false);
  }

  return (
    <div className="space-y-6">
      <Card as="section" aria-labelledby="stateless-login">
        <h2 id="stateless-login" className="text-lg font-bold">
          {labels.loginHeading}
        </h2>
        {user ? (
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <p className="text-xl font-bold" data-testid="stateless-greeting">
              {format(labels.greeting, { name: user.displayName })}
            </p>
            <Button type="button" disabled={busy} onClick={() => void logout()}>
              {labels.logout}
            </Button>
          </div>
        ) : (
          <form onSubmit={(event) => void login(event)} className="mt-2 grid gap-3 sm:grid-cols-3 sm:items-end">
            <p className="sm:col-span-3">{labels.notLoggedIn}</p>
            <label className="text-sm font-semibold">
              {labels.username}
              <input name="username" autoComplete="username" required className={input} />
            </label>
            <label className="text-sm font-semibold">
              {labels.password}
              <input name="password" type="password" autoComplete="current-password" required className={input} />
            </label>
            <Button type="submit" variant="primary" size="sm" disabled={busy}>
              {labels.login}
            </Button>
          </form>
        )}
      </Card>

      <ProductMenu
        id="stateless-menu"
        title={labels.products}
        addLabel={labels.add}
        locale={locale}
        products={products}
        busy={busy}
        onAdd={(productId) => void change('POST', { productId, qty: 1 })}
      />

      <Card as="section" aria-labelledby="stateless-cart">
        <h2 id="stateless-cart" className="text-lg font-bold">
          {labels.cart}
        </h2>
        {cart === null || cart.items.length === 0 ? (
          <p className="mt-2 text-muted dark:text-night-muted">{labels.cartEmpty}</p>
        ) : (
          <>
            <ul className="mt-2 divide-y divide-line dark:divide-night-line">
              {cart.items.map((item) => (
                <li key={item.productId} className="flex justify-between py-1.5">
                  <span>{item.name}</span>
                  <span className="font-mono tabular-nums" data-testid={`stateless-qty-${item.productId}`}>
                    {item.qty}
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-2 flex justify-between font-bold">
              <span>{labels.total}</span>
              <span className="font-mono tabular-nums">{formatRupees(cart.totalPaise)}</span>
            </p>
            <Button type="button" className="mt-3" disabled={busy} onClick={() => void change('DELETE')}>
              {labels.empty}
            </Button>
          </>
        )}
      </Card>

      <Card as="section" aria-labelledby="stateless-grow">
        <h2 id="stateless-grow" className="text-lg font-bold">
          {labels.growHeading}
        </h2>
        <p className="mt-1 text-muted dark:text-night-muted">{labels.growLead}</p>
        <Button type="button" variant="primary" size="sm" className="mt-3" disabled={busy} onClick={() => void growCookie()}>
          {labels.grow}
        </Button>
        <p className="mt-2" data-testid="grow-status">
          {grow}
        </p>
      </Card>

      <p role="status" aria-live="polite" className="min-h-6 font-semibold text-red-700 dark:text-red-300">
        {busy ? labels.working : message}
      </p>
    </div>
  );
}
