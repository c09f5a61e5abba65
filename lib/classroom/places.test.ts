import { describe, expect, it } from 'vitest';
import { describePlace } from './places';

describe('describePlace', () => {
  it("should name a lesson and its section in the instructor's language", () => {
    expect(describePlace({ path: '/hi-latn/learn/cookies-101', section: 'attributes', since: 1 }, 'en')).toEqual({
      path: '/hi-latn/learn/cookies-101',
      title: 'Cookies 101',
      section: expect.stringContaining('Attributes'),
      kind: 'lesson',
      since: 1,
    });
  });

  it('should name a lab, and show an unknown page or section as it is', () => {
    expect(describePlace({ path: '/en/lab/cart', section: null, since: 1 }, 'en')).toMatchObject({ title: 'Cart demo', kind: 'lab' });
    expect(describePlace({ path: '/en/join', section: null, since: 1 }, 'en')).toMatchObject({ title: '/en/join', kind: 'page' });
    expect(describePlace({ path: '/en/learn/cookies-101', section: 'no-such-heading', since: 1 }, 'en').section).toBeNull();
  });
});
