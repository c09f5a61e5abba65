import type { IncomingMessage, ServerResponse } from 'node:http';

export function chooseEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null;
export function etagMatches(header: string | string[] | undefined, etag: string): boolean;
export function isSharedCacheable(value: string | undefined): boolean;
export interface PageCacheStats {
  hits: number;
  notModified: number;
  stored: number;
  entries: number;
  bytes: number;
}
export interface PageCache {
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  stats(): PageCacheStats;
}
export function createPageCache(options: { distDir: string; maxBytes?: number; enabled?: boolean }): PageCache;
