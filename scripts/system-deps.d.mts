export interface MissingSystemDep {
  /** The path or command name that was looked for. */
  program: string;
  debianPackage: string;
}

export type SystemDepsPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; commands: string[][] }
  | { action: 'instruct'; packages: string[]; command: string; reason: string };

export function redisServerPath(): string;
export function planSystemDeps(machine: { missing: MissingSystemDep[]; isRoot: boolean; hasAptGet: boolean }): SystemDepsPlan;
export function findMissingSystemDeps(): MissingSystemDep[];
export function ensureSystemDeps(): void;
