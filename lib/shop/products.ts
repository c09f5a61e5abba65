import type { Locale } from '@/lib/i18n/locales';

/** The snacks of the demo shop; prices are whole paise so no float ever touches money. */
export const PRODUCT_IDS = ['chai', 'samosa', 'jalebi', 'vada-pav', 'lassi'] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

export interface Product {
  readonly id: ProductId;
  readonly unitPricePaise: number;
  readonly name: Readonly<Record<Locale, string>>;
}

export const PRODUCTS: readonly Product[] = [
  { id: 'chai', unitPricePaise: 2_000, name: { 'hi-latn': 'Masala chai', en: 'Masala chai', hi: 'मसाला चाय' } },
  { id: 'samosa', unitPricePaise: 1_500, name: { 'hi-latn': 'Samosa', en: 'Samosa', hi: 'समोसा' } },
  { id: 'jalebi', unitPricePaise: 4_000, name: { 'hi-latn': 'Garma-garam jalebi', en: 'Hot jalebi', hi: 'गरमा-गरम जलेबी' } },
  { id: 'vada-pav', unitPricePaise: 2_500, name: { 'hi-latn': 'Vada pav', en: 'Vada pav', hi: 'वड़ा पाव' } },
  { id: 'lassi', unitPricePaise: 5_000, name: { 'hi-latn': 'Meethi lassi', en: 'Sweet lassi', hi: 'मीठी लस्सी' } },
];

const byId = new Map<string, Product>(PRODUCTS.map((product) => [product.id, product]));

export function isProductId(value: unknown): value is ProductId {
  return typeof value === 'string' && byId.has(value);
}

/** The product called `id`, or undefined for anything the shop does not sell. */
export function findProduct(id: string): Product | undefined {
  return byId.get(id);
}
