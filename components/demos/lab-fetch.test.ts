import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// lab-fetch talks to `window` and BroadcastChannel; Node has the channel, and an EventTarget
// stands in for the window.
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('lab request notices', () => {
  beforeEach(() => {
    vi.stubGlobal('window', new EventTarget());
    vi.resetModules();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reach this tab’s listeners once and the other tabs once', async () => {
    const { notifyLabRequest, onLabRequest } = await import('./lab-fetch');
    const otherTab = new BroadcastChannel('pathshala-lab');
    let heardByOtherTab = 0;
    otherTab.onmessage = () => (heardByOtherTab += 1);
    let heardHere = 0;
    const unsubscribe = onLabRequest(() => (heardHere += 1));

    notifyLabRequest();
    await tick();
    expect(heardHere).toBe(1);
    expect(heardByOtherTab).toBe(1);

    otherTab.postMessage('changed');
    await tick();
    expect(heardHere).toBe(2);

    unsubscribe();
    notifyLabRequest();
    otherTab.postMessage('changed');
    await tick();
    expect(heardHere).toBe(2);
    expect(heardByOtherTab).toBe(2);
    otherTab.close();
  });

  it('share one channel among this tab’s listeners, and close it with the last', async () => {
    const created: BroadcastChannel[] = [];
    const Real = globalThis.BroadcastChannel;
    vi.stubGlobal(
      'BroadcastChannel',
      class extends Real {
        constructor(name: string) {
          super(name);
          created.push(this);
        }
      },
    );
    const { notifyLabRequest, onLabRequest } = await import('./lab-fetch');
    const first = onLabRequest(() => undefined);
    const second = onLabRequest(() => undefined);
    notifyLabRequest();
    notifyLabRequest();
    expect(created).toHaveLength(1);
    first();
    second();
    // With no listener left, a notice opens a channel only to post, then closes it.
    notifyLabRequest();
    expect(created).toHaveLength(2);
    for (const channel of created) channel.close();
  });

  it('tell demos of a session change after an experiment here or a write elsewhere, never after a read', async () => {
    const { notifyLabRequest, onSessionChange } = await import('./lab-fetch');
    const otherTab = new BroadcastChannel('pathshala-lab');
    let heard = 0;
    const unsubscribe = onSessionChange(() => (heard += 1));

    notifyLabRequest('read');
    notifyLabRequest('write');
    await tick();
    expect(heard).toBe(0);
    notifyLabRequest('experiment');
    await tick();
    expect(heard).toBe(1);

    otherTab.postMessage('read');
    await tick();
    expect(heard).toBe(1);
    otherTab.postMessage('write');
    otherTab.postMessage('experiment');
    await tick();
    expect(heard).toBe(3);

    unsubscribe();
    otherTab.close();
  });
});
