// `npm run class-sim -- --url <site> --students N --duration S [--pace burst|classroom]`: N
// simulated students use a running site at once, each with their own cookie jar, and a summary
// says how many requests failed, whether any cart lost an update, and how long requests took
// (per kind of request at the classroom pace), with the server's CPU time and memory when
// given `--server-pid` and the simulator's own CPU share. Exits 1 when any request failed or any
// cart was wrong.
import { ClassroomStudent } from './classroom';
import { parseClassSimArgs, type ClassSimConfig } from './config';
import { processUsage, formatUsage, type ProcessUsage } from './usage';
import { ClassSimStats, formatSummary, type ClassSimSummary } from './stats';
import { SimulatedStudent } from './student';

async function simulateClass(config: ClassSimConfig, stats: ClassSimStats): Promise<ClassSimSummary> {
  const started = Date.now();
  const deadline = started + config.durationSeconds * 1000;
  if (config.pace === 'classroom') {
    const students = Array.from(
      { length: config.students },
      (_, index) => new ClassroomStudent(index, config.url, stats, { thinkMs: [3_000, 6_000], floor: config.floor, inspector: config.inspector }),
    );
    // A class joins over a few seconds once the link goes up.
    const arrivalMs = Math.min(5_000, config.durationSeconds * 250);
    await Promise.all(
      students.map(async (student, index) => {
        await new Promise((resolve) => setTimeout(resolve, (index / config.students) * arrivalMs));
        await student.run(deadline);
      }),
    );
    return stats.summary(config.students, (Date.now() - started) / 1000);
  }
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
  const serverBefore: ProcessUsage | null = config.serverPid === null ? null : processUsage(config.serverPid);
  const ownBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const summary = await simulateClass(config, new ClassSimStats());
  const wallMs = performance.now() - wallBefore;
  const own = process.cpuUsage(ownBefore);
  const serverAfter = config.serverPid === null ? null : processUsage(config.serverPid);
  console.log(formatSummary(summary, config.url.origin));
  console.log(formatUsage({ wallMs, ownCpuMicros: own.user + own.system, serverBefore, serverAfter }));
  if (config.json) console.log(JSON.stringify({ ...summary, wallMs, ownCpuMs: (own.user + own.system) / 1000, serverBefore, serverAfter }));
  process.exitCode = summary.errors > 0 || summary.lostUpdates > 0 ? 1 : 0;
}

void main();
