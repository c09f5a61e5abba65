import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER: 'x-pathshala-client-address';
export const SOCKET_ADDRESS_HEADER: 'x-pathshala-socket-address';
export const MAX_COOKIES: number;
export const MAX_COOKIE_HEADER_BYTES: number;
export type FrontDoorCode = 'request_header_too_large' | 'bad_request_path' | 'forbidden_origin';
export type FrontDoorLocale = 'hi-latn' | 'en' | 'hi';
export interface FrontDoorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
export function parseTrustProxy(value: string | undefined): number;
export function normalizeAddress(value: string | undefined | null): string | null;
export function clientAddressOf(input: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string;
export function cookieHeaderProblem(header: string | string[] | undefined): 'too_many_cookies' | 'cookie_header_too_large' | null;
export function hasMalformedPath(url: string | undefined): boolean;
export function isForeignServerAction(headers: IncomingHttpHeaders, method: string | undefined, trustedHops: number): boolean;
export function refusalLocale(input: {
  localeHeader: string | undefined;
  url: string | undefined;
  cookieHeader: string | undefined;
}): FrontDoorLocale;
export const FRONT_DOOR_MESSAGES: Record<FrontDoorLocale, Record<FrontDoorCode, string>>;
export const SECURITY_HEADERS: Record<string, string>;
export function refusalResponse(code: FrontDoorCode, context: { locale: FrontDoorLocale; url: string | undefined }): FrontDoorResponse;
export function admit(request: IncomingMessage, options: { trustedHops: number }): FrontDoorResponse | null;
