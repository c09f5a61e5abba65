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
  /** Per kind of request (and of other timings, such as a change's push back), when the pace names them. */
  readonly byKind: Readonly<Record<string, KindSummary>>;
}

export interface KindSummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
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
  readonly #byKind = new Map<string, number[]>();
  readonly #samplesByKind = new Map<string, number[]>();
  #errors = 0;
  #lostUpdates = 0;
  readonly #samples: string[] = [];

  /** One request's latency; `kind` files it under its kind of request as well. */
  request(latencyMs: number, kind?: string): void {
    this.#latencies.push(latencyMs);
    if (kind !== undefined) this.sample(kind, latencyMs, this.#byKind);
  }

  /** A timing that is not a request of its own (e.g. how long a change took to be pushed back). */
  sample(kind: string, ms: number, into: Map<string, number[]> = this.#samplesByKind): void {
    let list = into.get(kind);
    if (list === undefined) {
      list = [];
      into.set(kind, list);
    }
    list.push(ms);
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
      byKind: Object.fromEntries(
        [...this.#byKind, ...[...this.#samplesByKind].map(([kind, list]) => [`(${kind})`, list] as const)].map(([kind, list]) => {
          const kindSorted = [...list].sort((a, b) => a - b);
          return [
            kind,
            {
              count: kindSorted.length,
              p50: round(percentile(kindSorted, 50)),
              p95: round(percentile(kindSorted, 95)),
              p99: round(percentile(kindSorted, 99)),
              max: round(kindSorted.at(-1) ?? 0),
            },
          ];
        }),
      ),
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
    ...Object.entries(summary.byKind).map(
      ([kind, k]) => `    ${kind.padEnd(10)} ${String(k.count).padStart(7)}  p50 ${k.p50}  p95 ${k.p95}  p99 ${k.p99}  max ${k.max}`,
    ),
    ...summary.errorSamples.map((sample) => `  ! ${sample}`),
  ].join('\n');
}
