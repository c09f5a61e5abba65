import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** A process's CPU time and memory, from Linux's `/proc` (null elsewhere, or when it is gone). */
export interface ProcessUsage {
  /** User plus system CPU time so far, in ms. */
  readonly cpuMs: number;
  /** Resident memory now, in MB. */
  readonly rssMb: number;
}

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export function processUsage(pid: number): ProcessUsage | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces: the fields start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? NaN);
    return { cpuMs: (ticks * 1000) / TICKS_PER_SECOND, rssMb: Math.round(rssKb / 102.4) / 10 };
  } catch {
    return null;
  }
}

/** The lines about CPU and memory: the server's (when known), the simulator's own, the load. */
export function formatUsage(input: {
  wallMs: number;
  ownCpuMicros: number;
  serverBefore: ProcessUsage | null;
  serverAfter: ProcessUsage | null;
}): string {
  const { wallMs, ownCpuMicros, serverBefore, serverAfter } = input;
  const share = (cpuMs: number) => `${Math.round((cpuMs / wallMs) * 100)} % of one core`;
  const lines = [`  simulator CPU ${Math.round(ownCpuMicros / 1000)} ms (${share(ownCpuMicros / 1000)})`];
  if (serverBefore !== null && serverAfter !== null) {
    const used = serverAfter.cpuMs - serverBefore.cpuMs;
    lines.push(`  server CPU    ${Math.round(used)} ms (${share(used)}), RSS ${serverAfter.rssMb} MB at the end`);
  }
  lines.push(`  load average  ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  return lines.join('\n');
}
