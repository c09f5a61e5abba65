import { methodsNotAllowed } from '@/lib/http/api-route';
import { inspectStream } from '@/lib/site/inspector-endpoints';

/** `GET /api/inspect/stream`: Server-Sent Events, `changed` whenever this browser's session changes. */
export const GET = inspectStream;

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(['GET']);
