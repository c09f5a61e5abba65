import { createHash } from 'node:crypto';
import { z } from 'zod';
import { sealData, unsealData } from 'iron-session';
import { jsonResponse } from '@/lib/http/api-route';
import { serializeSetCookie, signSessionId, unsignSessionId } from '@/lib/session';
import { getIronPassword } from '@/lib/stateless/password';
import { labApiPath } from './catalog';
import { clearCookie, LAB_SESSION_SECONDS, LAB_VICTIM, labEngine, userInStored } from './lab-engine';
import { labResetReply, withLabSession } from './lab-route';
import { processSingleton } from '@/lib/runtime/singleton';

/*
 * Replay after logout: one login makes both a server-store session and a sealed cookie; the
 * page keeps copies of both values (the attacker's), logs out, and replays the copies.
 * With the revocation list on, logout also remembers the seal so a replay of it is refused.
 */

export const REPLAY_SEAL_COOKIE = 'pathshala.lab-replay.iron';
const PATH = labApiPath('replay');
const MAX_REVOKED = 5_000;

/**
 * Digests of the seals revoked at logout, kept (bounded) so a replay can be refused: the
 * server state revocation needs. A 32-byte digest, never the seal, so a client sending
 * 4 KB seals cannot make the set hold 4 KB each.
 */
function revokedSeals(): Set<string> {
  return processSingleton('replay-lab:revoked', () => new Set<string>());
}

export const replayInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('login') }),
  z.object({ action: z.literal('logout'), revoke: z.boolean() }),
  z.object({ action: z.literal('replay'), store: z.string().max(200), sealed: z.string().max(4_096) }),
  z.object({ action: z.literal('reset') }),
]);
export type ReplayInput = z.infer<typeof replayInputSchema>;

/** What the revocation set keeps of a seal. */
export function sealDigest(seal: string): string {
  return createHash('sha256').update(seal, 'utf8').digest('base64url');
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function sealCookie(seal: string): string {
  return serializeSetCookie(REPLAY_SEAL_COOKIE, seal, { path: PATH, maxAgeSeconds: LAB_SESSION_SECONDS, httpOnly: true, sameSite: 'lax' });
}

/** The user a sealed copy still opens to, unless revoked. */
export async function userInSeal(
  seal: string,
  password: string,
  revoked: ReadonlySet<string>,
): Promise<{ username: string; displayName: string } | null> {
  if (seal === '' || revoked.has(sealDigest(seal))) return null;
  try {
    const data = await unsealData<{ user?: { username: string; displayName: string } }>(seal, { password, ttl: LAB_SESSION_SECONDS });
    return data.user ?? null;
  } catch {
    return null;
  }
}

function clearBoth(name: string): Headers {
  const headers = new Headers();
  headers.append('set-cookie', clearCookie(name, PATH));
  headers.append('set-cookie', clearCookie(REPLAY_SEAL_COOKIE, PATH));
  return headers;
}

export async function replayAction(request: Request, input: ReplayInput): Promise<Response> {
  const { engine, store, secret } = labEngine('replay');
  const password = getIronPassword();
  switch (input.action) {
    case 'login':
      return withLabSession('replay', request, async (session) => {
        await session.regenerate();
        session.data.user = { ...LAB_VICTIM };
        const seal = await sealData({ user: LAB_VICTIM }, { password, ttl: LAB_SESSION_SECONDS });
        // The values are HttpOnly in the browser; the lab hands them over as the attacker's copies.
        return jsonResponse(
          { copies: { store: signSessionId(session.id, secret), sealed: seal } },
          { headers: { 'set-cookie': sealCookie(seal) } },
        );
      });
    case 'logout':
      return withLabSession('replay', request, async (session) => {
        const seal = /(?:^|;\s*)pathshala\.lab-replay\.iron=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1];
        if (input.revoke && seal) {
          const revoked = revokedSeals();
          if (revoked.size >= MAX_REVOKED) revoked.delete(revoked.values().next().value ?? '');
          revoked.add(sealDigest(safeDecode(seal)));
        }
        await session.destroy();
        return jsonResponse({ user: null }, { headers: clearBoth(engine.options.name) });
      });
    case 'replay': {
      const sid = unsignSessionId(input.store, secret);
      const storeUser = sid === false ? null : userInStored(await store.get(sid));
      return jsonResponse({ store: { user: storeUser }, sealed: { user: await userInSeal(input.sealed, password, revokedSeals()) } });
    }
    case 'reset':
      return withLabSession('replay', request, async (session) => {
        await session.destroy();
        return labResetReply([
          { name: engine.options.name, path: PATH },
          { name: REPLAY_SEAL_COOKIE, path: PATH },
        ]);
      });
  }
}
