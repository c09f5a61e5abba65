import { PRODUCT_IDS, type ProductId } from '@/lib/shop/products';

/** What one add answered, as far as growing cares. */
export interface AddOutcome {
  readonly ok: boolean;
  readonly status: number;
  readonly message: string | null;
}

export interface GrowResult {
  /** Adds that succeeded before the refusal. */
  readonly added: number;
  /** The refusal that stopped growing (the cookie limit, normally), or null when `maxAdds` ran out first. */
  readonly refusal: AddOutcome | null;
}

/** The snack for the `index`-th add: round the menu, so no line reaches 99 before the cookie is full. */
export function growProduct(index: number): ProductId {
  return PRODUCT_IDS[index % PRODUCT_IDS.length] ?? 'chai';
}

/**
 * Adds one snack after another until an add is refused, reporting progress after each.
 * Sequential on purpose: each add must carry the seal the previous one set.
 */
export async function growUntilRefused(
  add: (productId: ProductId) => Promise<AddOutcome>,
  onProgress: (added: number) => void = () => {},
  maxAdds = 300,
): Promise<GrowResult> {
  for (let added = 0; added < maxAdds; added++) {
    const outcome = await add(growProduct(added));
    if (!outcome.ok) return { added, refusal: outcome };
    onProgress(added + 1);
  }
  return { added: maxAdds, refusal: null };
}
