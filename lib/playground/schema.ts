import { z } from 'zod';
import { MAX_AGE_CHOICES_MS, PLAYGROUND_KINDS, type PlaygroundOptions, type PlaygroundRequest } from './options';

/** The body of `POST /api/playground/options`; unknown keys are refused (the cookie's name and path are not the learner's). */
export const playgroundOptionsSchema = z.strictObject({
  resave: z.boolean(),
  saveUninitialized: z.boolean(),
  rolling: z.boolean(),
  maxAgeMs: z.literal(MAX_AGE_CHOICES_MS),
  secure: z.union([z.boolean(), z.literal('auto')]),
  httpOnly: z.boolean(),
  sameSite: z.enum(['lax', 'strict', 'none']),
}) satisfies z.ZodType<PlaygroundOptions>;

export const playgroundRequestSchema = z.strictObject({
  options: playgroundOptionsSchema,
  kind: z.enum(PLAYGROUND_KINDS),
}) satisfies z.ZodType<PlaygroundRequest>;
