import { expect, it, vi } from 'vitest';

const stacks: string[] = [];

const ROUTE = process.env.ROUTE ?? '@/app/api/demo/cart/route';

vi.mock('@/lib/shop/cart-operations', async (importOriginal) => {
  const original = await importOriginal<Record<string, (...args: unknown[]) => unknown>>();
  return {
    ...original,
    addToCart: (...args: unknown[]) => {
      stacks.push(new Error().stack ?? '');
      return original.addToCart!(...args);
    },
  };
});

it('measures the hops of a cart click', async () => {
  Error.stackTraceLimit = 200;
  const { POST } = (await import(/* @vite-ignore */ ROUTE)) as { POST: (r: Request, c: unknown) => Promise<Response> };
  const request = new Request('http://localhost/api/demo/cart', {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'localhost', 'x-pathshala-client-address': '127.0.0.1' },
    body: JSON.stringify({ productId: 'chai', qty: 1 }),
  });
  const response = await POST(request, { params: Promise.resolve({}) });
  console.log('status', response.status, await response.text());
  const frames = (stacks[0] ?? '').split('\n').filter((line) => line.includes('/work/') && !line.includes('node_modules') && !line.includes('hops.test'));
  const files = [...new Set(frames.map((line) => (line.match(/\/work\/[^/]+\/(.+?):\d+/) ?? [])[1]))];
  console.log(frames.join('\n'));
  console.log('frames', frames.length, 'files', files.length, files);
  expect(stacks.length).toBe(1);
});
