import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import signature from 'cookie-signature';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@/lib/session/testing/redis-server';
import { exerciseIds } from './exercises';
import { grade } from './grader';
import { Visitor } from './http-client';

/*
 * The seed note's app and the starter, started as the learner starts them (a real `node`
 * process on its own port) and spoken to over real HTTP.
 */

interface RunningApp {
  readonly url: URL;
  readonly child: ChildProcess;
}

const REPO = join(import.meta.dirname, '..', '..');

/** Starts `node <script>` with PORT set and resolves once it prints that it listens. */
async function startApp(script: string): Promise<RunningApp> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [join(REPO, script)], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Server is running on port ${port}`)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
  return { url: new URL(`http://127.0.0.1:${port}`), child };
}

async function stopApp(app: RunningApp | undefined): Promise<void> {
  if (!app || app.child.exitCode !== null) return;
  const exited = once(app.child, 'exit');
  app.child.kill('SIGTERM');
  await exited;
}

describe('practice/seed-app (the seed note, as written)', () => {
  let app: RunningApp | undefined;
  beforeAll(async () => {
    app = await startApp('practice/seed-app/server.js');
  });
  afterAll(() => stopApp(app));

  it("should greet with the seed's user on GET /", async () => {
    const response = await new Visitor(app!.url).get('/');
    expect(response.status).toBe(200);
    expect(response.text).toBe('User: John Doe, Age: 25');
  });

  it('should send a connect.sid whose value s:<sid>.<sig> verifies with your_secret_key', async () => {
    const response = await new Visitor(app!.url).get('/');
    const cookie = response.setCookies.find((setCookie) => setCookie.name === 'connect.sid');
    expect(cookie).toBeDefined();
    const value = decodeURIComponent(cookie!.value);
    expect(value).toMatch(/^s:[\w-]{32}\.[\w+/]{43}$/);
    const sid = signature.unsign(value.slice(2), 'your_secret_key');
    expect(sid).toBe(value.slice(2, value.lastIndexOf('.')));
    expect(signature.unsign(value.slice(2), 'another_secret')).toBe(false);
  });

  it('should keep the session on a second visit with the cookie', async () => {
    const visitor = new Visitor(app!.url);
    const first = await visitor.get('/');
    const firstCookie = first.setCookies.find((setCookie) => setCookie.name === 'connect.sid');
    const second = await visitor.get('/');
    expect(second.text).toBe('User: John Doe, Age: 25');
    // Nothing changed, resave is false and there is no maxAge: express-session sends no new cookie.
    expect(second.setCookies).toEqual([]);
    expect(visitor.jar.get('connect.sid')).toBe(firstCookie?.value);
  });

  it('should give two visitors different session IDs', async () => {
    const [one, two] = await Promise.all([new Visitor(app!.url).get('/'), new Visitor(app!.url).get('/')]);
    const sidOf = (value: string | undefined) => decodeURIComponent(value ?? '').split('.')[0];
    expect(sidOf(one.setCookies[0]?.value)).toMatch(/^s:/);
    expect(sidOf(one.setCookies[0]?.value)).not.toBe(sidOf(two.setCookies[0]?.value));
  });

  it('should send the cookie as the seed configures it: HttpOnly (the default), not Secure, no Expires', async () => {
    const response = await new Visitor(app!.url).get('/');
    const names = response.setCookies[0]?.attributes.map((attribute) => attribute.name.toLowerCase());
    expect(names).toEqual(['path', 'httponly']);
  });

  it('should pass the seed-app exercise of the grader', async () => {
    const result = await grade(['seed-app'], { app: app!.url, redisUrl: null });
    expect(result.kind === 'graded' && result.results.map((exercise) => exercise.passed)).toEqual([true]);
  });
});

describe('practice/starter (unchanged)', () => {
  let app: RunningApp | undefined;
  beforeAll(async () => {
    app = await startApp('practice/starter/server.js');
  });
  afterAll(() => stopApp(app));

  it('should pass seed-app and leave every other exercise to the learner', async () => {
    const result = await grade(exerciseIds, { app: app!.url, redisUrl: null });
    if (result.kind !== 'graded') throw new Error('the starter did not answer');
    expect(result.results.filter((exercise) => exercise.passed).map((exercise) => exercise.id)).toEqual(['seed-app']);
  });
});
