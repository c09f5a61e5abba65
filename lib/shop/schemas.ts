import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

/** The most of one item a cart line may hold. */
export const MAX_LINE_QTY = 99;
/** The longest site path (and page title) the activity log accepts. */
export const MAX_ACTIVITY_TEXT = 200;

/** A quantity a learner may ask for: a whole number from 1 to 99. */
export const quantitySchema = z.int().min(1).max(MAX_LINE_QTY);

export const loginInputSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/**
 * A product ID as sent; whether the shop sells it is decided later, so an unknown product
 * gets its own answer (`unknown_product`) rather than a generic validation error.
 */
export const productIdSchema = z.string().min(1).max(40);

export const cartAddInputSchema = z.object({ productId: productIdSchema, qty: quantitySchema });
export type CartAddInput = z.infer<typeof cartAddInputSchema>;

export const cartSetQtyInputSchema = z.object({ qty: quantitySchema });
export type CartSetQtyInput = z.infer<typeof cartSetQtyInputSchema>;

/** A page of this site: `/<locale>/...` (`/hi-latn`, `/en`, `/hi`), path characters only, at most 200 long. */
export const sitePathSchema = z
  .string()
  .max(MAX_ACTIVITY_TEXT)
  .regex(new RegExp(`^/(?:${locales.join('|')})(?:/[A-Za-z0-9._~-]+)*/?$`));

export const activityInputSchema = z.object({
  path: sitePathSchema,
  title: z.string().trim().min(1).max(MAX_ACTIVITY_TEXT).optional(),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;
