import { describe, expect, it, vi } from 'vitest';
import { coalesce, eventStreamResponse, formatEvent, lastEventIdOf } from './event-stream';

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string): Promise<string> {
  const decoder = new TextDecoder();
  let seen = '';
  while (!seen.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += decoder.decode(value);
  }
  return seen;
}

describe('event streams', () => {
  it('should format an event with its id, name and JSON data, stripping line breaks from the fields', () => {
    expect(formatEvent('changed', null, 'p.1')).toBe('id: p.1\nevent: changed\ndata: null\n\n');
    expect(formatEvent('bad\nname', { a: 'x\ny' })).toBe('event: badname\ndata: {"a":"x\\ny"}\n\n');
  });

  it('should send the retry hint at once, then the opener\'s events, as an uncompressible, unstored stream', async () => {
    const controller = new AbortController();
    const request = new Request('http://localhost/stream', { signal: controller.signal });
    let cleaned = 0;
    const response = eventStreamResponse(
      request,
      (writer) => {
        writer.send('changed', null, 'p.7');
        return () => cleaned++;
      },
      { retryMs: 1_234 },
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store, no-transform');
    const reader = response.body!.getReader();
    const text = await readUntil(reader, 'event: changed');
    expect(text).toBe('retry: 1234\n: open\n\nid: p.7\nevent: changed\ndata: null\n\n');
    controller.abort();
    expect(cleaned).toBe(1);
    expect((await reader.read()).done).toBe(true);
  });

  it('should clean up once when the reader cancels, and send heartbeats while idle', async () => {
    vi.useFakeTimers();
    try {
      let cleaned = 0;
      const response = eventStreamResponse(new Request('http://localhost/'), () => () => cleaned++, { heartbeatMs: 1_000 });
      const reader = response.body!.getReader();
      await readUntil(reader, ': open');
      vi.advanceTimersByTime(1_000);
      expect(await readUntil(reader, ': hb')).toBe(': hb\n\n');
      await reader.cancel();
      await reader.cancel();
      expect(cleaned).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should run onFinish once for a request aborted before the stream opened, where open never runs', async () => {
    const controller = new AbortController();
    controller.abort();
    let opened = 0;
    let finished = 0;
    const response = eventStreamResponse(
      new Request('http://localhost/stream', { signal: controller.signal }),
      () => {
        opened++;
      },
      { onFinish: () => finished++ },
    );
    const reader = response.body!.getReader();
    await readUntil(reader, 'never sent');
    expect(opened).toBe(0);
    expect(finished).toBe(1);
  });

  it('should run onFinish once after cleanup when the browser goes, and once when open throws', () => {
    const controller = new AbortController();
    const order: string[] = [];
    eventStreamResponse(new Request('http://localhost/stream', { signal: controller.signal }), () => () => order.push('cleanup'), {
      onFinish: () => order.push('finish'),
    });
    controller.abort();
    controller.abort();
    expect(order).toEqual(['cleanup', 'finish']);

    // The error reaches the route (a 500), and the slot is given back all the same.
    let finished = 0;
    expect(() =>
      eventStreamResponse(
        new Request('http://localhost/stream'),
        () => {
          throw new Error('subscribe failed');
        },
        { onFinish: () => finished++ },
      ),
    ).toThrow('subscribe failed');
    expect(finished).toBe(1);
  });

  it('should take a Last-Event-ID only within a sane length', () => {
    expect(lastEventIdOf(new Request('http://l/', { headers: { 'last-event-id': 'p.3' } }))).toBe('p.3');
    expect(lastEventIdOf(new Request('http://l/', { headers: { 'last-event-id': 'x'.repeat(201) } }))).toBeNull();
    expect(lastEventIdOf(new Request('http://l/'))).toBeNull();
  });

  it('should fire at once, then fold the calls of one interval into one at its end', () => {
    vi.useFakeTimers();
    try {
      const fire = vi.fn();
      const call = coalesce(fire, 1_000);
      call();
      call();
      call();
      expect(fire).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(999);
      expect(fire).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1);
      expect(fire).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(5_000);
      expect(fire).toHaveBeenCalledTimes(2);
      call();
      expect(fire).toHaveBeenCalledTimes(3);
      call();
      call.cancel();
      vi.advanceTimersByTime(5_000);
      expect(fire).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
