import { methodsNotAllowed } from '@/lib/http/api-route';
import { labResetReply } from '@/lib/security-labs/lab-route';
import { apiRoute } from '@/lib/site/api-route';
import { allLabCookies } from '@/lib/site/lab-cookies';

/** Removes every lab's cookies (not the site session): the lab index's "reset my lab cookies". */
export const POST = apiRoute({}, () => labResetReply(allLabCookies()));

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
