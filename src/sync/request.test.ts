import { describe, expect, it, vi } from 'vitest';
import { originLockedFetch, RefusedOrigin, serverOrigin } from './request.ts';

describe('the one request wrapper', () => {
  it('passes requests to the configured server, without cookies or redirects', async () => {
    const inner = vi.fn(async () => new Response('{}'));
    const request = originLockedFetch('https://couch.example.test', inner);
    await request('https://couch.example.test/dana/_all_docs');
    expect(inner).toHaveBeenCalledWith('https://couch.example.test/dana/_all_docs', { credentials: 'omit', redirect: 'error' });
  });

  it.each(['https://evil.test/dana', 'http://couch.example.test/dana', 'https://couch.example.test:8443/dana', 'https://couch.example.test.evil.test/'])(
    'refuses %s and sends nothing',
    async (url) => {
      const inner = vi.fn(async () => new Response('{}'));
      await expect(originLockedFetch('https://couch.example.test', inner)(url)).rejects.toBeInstanceOf(RefusedOrigin);
      expect(inner).not.toHaveBeenCalled();
    },
  );

  it('accepts https servers, and plain http only on loopback', () => {
    expect(serverOrigin('https://couch.example.test/')).toBe('https://couch.example.test');
    expect(serverOrigin('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984');
    expect(() => serverOrigin('http://couch.example.test')).toThrow(/https/);
  });
});
