// `npm run class-sim -- --url <site> --students N --duration S`: N simulated students use the
// demo JSON API of a running site at once, each with their own cookie jar, and a summary
// says how many requests failed, whether any cart lost an update, and how long requests took.
// Exits 1 when any request failed or any cart was wrong.
import { parseClassSimArgs, type ClassSimConfig } from './config';
import { ClassSimStats, formatSummary, type ClassSimSummary } from './stats';
import { SimulatedStudent } from './student';

async function simulateClass(config: ClassSimConfig): Promise<ClassSimSummary> {
  const stats = new ClassSimStats();
  const started = Date.now();
  const deadline = started + config.durationSeconds * 1000;
  const students = Array.from({ length: config.students }, (_, index) => new SimulatedStudent(index, config.url, stats));
  // Students arrive over the first second, as a class does when the link goes up.
  const arrivalMs = Math.min(1_000, config.durationSeconds * 250);
  await Promise.all(
    students.map(async (student, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index / config.students) * arrivalMs));
      await student.run(deadline);
    }),
  );
  return stats.summary(config.students, (Date.now() - started) / 1000);
}

async function main(): Promise<void> {
  let config: ClassSimConfig;
  try {
    config = parseClassSimArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const summary = await simulateClass(config);
  console.log(formatSummary(summary, config.url.origin));
  if (config.json) console.log(JSON.stringify(summary));
  process.exitCode = summary.errors > 0 || summary.lostUpdates > 0 ? 1 : 0;
}

void main();
