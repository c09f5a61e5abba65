import { z } from 'zod';
import { jsonResponse } from '@/lib/http/api-route';
import type { Session } from '@/lib/session';
import { labApiPath } from './catalog';
import { LAB_VICTIM, labEngine, userInStored } from './lab-engine';
import { labResetReply, withLabSession } from './lab-route';

/*
 * Session fixation, played by one browser: "plant" gives it a session the attacker made (and
 * shows the attacker's copy of the ID), "login" logs the victim in with or without a new ID,
 * "attacker" looks the copied ID up in the store as the attacker's browser would.
 */

export const fixationInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('plant') }),
  z.object({ action: z.literal('login'), regenerate: z.boolean() }),
  z.object({ action: z.literal('attacker'), sid: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }),
  z.object({ action: z.literal('reset') }),
]);
export type FixationInput = z.infer<typeof fixationInputSchema>;

/** Logs the victim in; only with `regenerate` does the session get a new ID first (the fix). */
export async function loginVictim(session: Session, regenerate: boolean): Promise<void> {
  if (regenerate) await session.regenerate();
  session.data.user = { ...LAB_VICTIM };
}

export async function fixationAction(request: Request, input: FixationInput): Promise<Response> {
  const { engine, store } = labEngine('fixation');
  switch (input.action) {
    case 'plant':
      return withLabSession('fixation', request, async (session) => {
        await session.regenerate();
        session.data.plantedBy = 'attacker';
        return jsonResponse({ sid: session.id });
      });
    case 'login':
      return withLabSession('fixation', request, async (session) => {
        await loginVictim(session, input.regenerate);
        return jsonResponse({ sid: session.id });
      });
    case 'attacker':
      return jsonResponse({ user: userInStored(await store.get(input.sid)) });
    case 'reset':
      return withLabSession('fixation', request, async (session) => {
        await session.destroy();
        return labResetReply([{ name: engine.options.name, path: labApiPath('fixation') }]);
      });
  }
}
