import { methodsNotAllowed } from '@/lib/http/api-route';
import { answerQuiz, studentQuiz } from '@/lib/classroom/live-api';

/** `GET /api/class/quiz` → the live question in the student's language; `POST {run, option}` → 204, her one answer. */
export const GET = studentQuiz;
export const POST = answerQuiz;

export const { PUT, PATCH, DELETE } = methodsNotAllowed(['GET', 'POST']);
