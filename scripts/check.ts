// `npm run check -- <exercise|all> --app http://127.0.0.1:4000 [--redis redis://…] [--lang hi-latn|en|hi]`:
// grades the learner's express-session app over real HTTP, one line per check.
// Exits 0 when every exercise passed, 1 when any failed, 2 when the app did not answer.
import { type CheckArgs, parseCheckArgs } from '../lib/practice/cli-args';
import { exitCodeOf, grade } from '../lib/practice/grader';
import { formatReport } from '../lib/practice/report';

async function main(): Promise<void> {
  let args: CheckArgs;
  try {
    args = parseCheckArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const result = await grade(args.exercises, { app: args.app, redisUrl: args.redis });
  for (const line of formatReport(result, args.lang)) console.log(line);
  process.exitCode = exitCodeOf(result);
}

void main();
