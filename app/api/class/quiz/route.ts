import { methodsNotAllowed } from '@/lib/http/api-route';
import { answerQuiz } from '@/lib/classroom/live-api';

/** `POST /api/class/quiz {run, option}` → 204: the student's one answer to the live question (changeable until closed). */
export const POST = answerQuiz;

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(['POST']);
