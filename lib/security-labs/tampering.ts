import { randomBytes } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { jsonResponse } from '@/lib/http/api-route';
import { findProduct } from '@/lib/shop/products';
import { readCookie, serializeSetCookie, signSessionId, unsignSessionId } from '@/lib/session';
import { getIronPassword } from '@/lib/stateless/password';
import { labApiPath } from './catalog';
import { TAMPER_KINDS, type TamperKind } from './tamper-edit';
import { LAB_SESSION_SECONDS, labSecret } from './lab-engine';
import { labResetReply } from './lab-route';
import { processSingleton } from '@/lib/runtime/singleton';

/*
 * Tampering: the same cart (2 chai) kept three ways — a plain JSON cookie with the prices in
 * it, a signed session ID with the cart on the server, and an iron seal. "edit" stores what
 * the learner typed as the cookie (what DevTools would do); "checkout" charges from the cookie
 * the browser then sends.
 */

const PATH = labApiPath('tampering');

export const tamperCookieName = (kind: TamperKind) => `pathshala.lab-tamper.${kind}`;

/** A cart line as the unsigned cookie carries it: price included, which is the mistake. */
export interface PricedLine {
  readonly productId: string;
  readonly qty: number;
  readonly unitPricePaise: number;
}

const pricedCartSchema = z
  .array(z.object({ productId: z.string(), qty: z.int().min(1).max(99), unitPricePaise: z.int().min(0).max(10_000_000) }))
  .max(20);

export const STARTING_CART: readonly PricedLine[] = [
  { productId: 'chai', qty: 2, unitPricePaise: findProduct('chai')?.unitPricePaise ?? 2_000 },
];

const MAX_CARTS = 5_000;
function serverCarts(): Map<string, PricedLine[]> {
  return processSingleton('tampering-lab:carts', () => new Map<string, PricedLine[]>());
}

export const tamperingInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start') }),
  z.object({ action: z.literal('edit'), kind: z.enum(TAMPER_KINDS), value: z.string().max(3_000) }),
  z.object({ action: z.literal('checkout'), kind: z.enum(TAMPER_KINDS) }),
  z.object({ action: z.literal('reset') }),
]);
export type TamperingInput = z.infer<typeof tamperingInputSchema>;

/** The total the server charges for a cart whose prices it trusts. */
export function totalPaise(lines: readonly PricedLine[]): number {
  return lines.reduce((sum, line) => sum + line.qty * line.unitPricePaise, 0);
}

/** A plain JSON cart cookie as the server (wrongly) trusts it; null when it is not a cart. */
export function parsePlainCart(value: string): PricedLine[] | null {
  try {
    const parsed = pricedCartSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function setCookie(kind: TamperKind, value: string): string {
  return serializeSetCookie(tamperCookieName(kind), value, {
    path: PATH,
    maxAgeSeconds: LAB_SESSION_SECONDS,
    httpOnly: true,
    sameSite: 'lax',
  });
}

/** The cart the server finds behind the cookie of `kind`, or null when it rejects it. */
async function cartFromCookie(kind: TamperKind, cookieHeader: string | null): Promise<PricedLine[] | null> {
  const value = readCookie(cookieHeader, tamperCookieName(kind));
  if (value === null) return null;
  if (kind === 'plain') return parsePlainCart(value);
  if (kind === 'signed') {
    const sid = unsignSessionId(value, labSecret());
    return sid === false ? null : (serverCarts().get(sid) ?? null);
  }
  try {
    const data = await unsealData<{ cart?: unknown }>(value, { password: getIronPassword(), ttl: LAB_SESSION_SECONDS });
    const parsed = pricedCartSchema.safeParse(data.cart);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function tamperingAction(request: Request, input: TamperingInput): Promise<Response> {
  switch (input.action) {
    case 'start': {
      const carts = serverCarts();
      if (carts.size >= MAX_CARTS) carts.delete(carts.keys().next().value ?? '');
      const sid = randomBytes(18).toString('base64url');
      carts.set(sid, [...STARTING_CART]);
      const values: Record<TamperKind, string> = {
        plain: JSON.stringify(STARTING_CART),
        signed: signSessionId(sid, labSecret()),
        sealed: await sealData({ cart: STARTING_CART }, { password: getIronPassword(), ttl: LAB_SESSION_SECONDS }),
      };
      const headers = new Headers();
      for (const kind of TAMPER_KINDS) headers.append('set-cookie', setCookie(kind, values[kind]));
      return jsonResponse({ values }, { headers });
    }
    case 'edit':
      return jsonResponse({ kind: input.kind, value: input.value }, { headers: { 'set-cookie': setCookie(input.kind, input.value) } });
    case 'checkout': {
      const cart = await cartFromCookie(input.kind, request.headers.get('cookie'));
      return jsonResponse({ kind: input.kind, accepted: cart !== null, totalPaise: cart === null ? null : totalPaise(cart) });
    }
    case 'reset':
      return labResetReply(TAMPER_KINDS.map((kind) => ({ name: tamperCookieName(kind), path: PATH })));
  }
}
