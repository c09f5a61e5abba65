/** The simulator's tally. */
export interface ClassSimSummary {
  readonly students: number;
  readonly durationSeconds: number;
  readonly requests: number;
  readonly errors: number;
  readonly lostUpdates: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p95: number; readonly p99: number; readonly max: number };
  /** The first few errors, to say what went wrong. */
  readonly errorSamples: readonly string[];
}

/** The nearest-rank percentile `p` (0–100) of `sorted` (ascending); 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Collects what every student saw. */
export class ClassSimStats {
  readonly #latencies: number[] = [];
  #errors = 0;
  #lostUpdates = 0;
  readonly #samples: string[] = [];

  request(latencyMs: number): void {
    this.#latencies.push(latencyMs);
  }

  error(description: string): void {
    this.#errors++;
    if (this.#samples.length < 5) this.#samples.push(description);
  }

  lostUpdate(description: string): void {
    this.#lostUpdates++;
    if (this.#samples.length < 5) this.#samples.push(description);
  }

  summary(students: number, elapsedSeconds: number): ClassSimSummary {
    const sorted = [...this.#latencies].sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      students,
      durationSeconds: round(elapsedSeconds),
      requests: sorted.length,
      errors: this.#errors,
      lostUpdates: this.#lostUpdates,
      requestsPerSecond: round(sorted.length / Math.max(elapsedSeconds, 0.001)),
      latencyMs: {
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted.at(-1) ?? 0),
      },
      errorSamples: [...this.#samples],
    };
  }
}

/** The summary as the lines a teacher reads. */
export function formatSummary(summary: ClassSimSummary, target: string): string {
  const { latencyMs } = summary;
  return [
    `class-sim against ${target}: ${summary.students} students for ${summary.durationSeconds} s`,
    `  requests      ${summary.requests} (${summary.requestsPerSecond}/s)`,
    `  errors        ${summary.errors}`,
    `  lost updates  ${summary.lostUpdates}`,
    `  latency (ms)  p50 ${latencyMs.p50}  p95 ${latencyMs.p95}  p99 ${latencyMs.p99}  max ${latencyMs.max}`,
    ...summary.errorSamples.map((sample) => `  ! ${sample}`),
  ].join('\n');
}
