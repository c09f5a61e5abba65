import { describe, expect, it } from 'vitest';
import { labResetReply, withLabSession } from './lab-route';
import { labEngine } from './lab-engine';

describe('labResetReply', () => {
  it('should answer {reset: true}, no-store, removing each named cookie on its path', async () => {
    const response = labResetReply([
      { name: 'pathshala.lab-replay.sid', path: '/api/lab/security/replay' },
      { name: 'pathshala.lab-xss', path: '/' },
    ]);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.getSetCookie()).toEqual([
      'pathshala.lab-replay.sid=; Max-Age=0; Path=/api/lab/security/replay; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      'pathshala.lab-xss=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ]);
    expect(await response.json()).toEqual({ reset: true });
  });
});

describe('withLabSession', () => {
  it("should run on the lab's own engine, whose cookie lives on the lab's API path only", async () => {
    const request = new Request('http://localhost/api/lab/security/fixation', { method: 'POST' });
    const response = await withLabSession('fixation', request, async (session) => {
      session.data.user = { username: 'riya' };
      return new Response(null, { status: 204 });
    });
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(/^pathshala\.lab-fixation\.sid=s%3A[^;]+; Path=\/api\/lab\/security\/fixation; Expires=/);
    expect(await labEngine('fixation').store.length()).toBe(1);
  });
});
