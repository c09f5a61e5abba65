import { methodsNotAllowed } from '@/lib/http/api-route';
import { quizControl } from '@/lib/classroom/live-api';

/** `POST /api/instructor/quiz {action: 'start', slug, question} | {action: 'close' | 'reveal' | 'end', run}`. */
export const POST = quizControl;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
