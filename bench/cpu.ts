// How much CPU the rest of the machine used during the run (Linux /proc): other builds and tests skew every figure.
import { readFileSync } from 'node:fs';

export interface CpuSnapshot {
  readonly busy: number;
  readonly total: number;
  /** This process and its reaped children (servers, connector, build), in the same clock ticks. */
  readonly own: number;
}

export function cpuSnapshot(): CpuSnapshot | undefined {
  try {
    // user nice system idle iowait irq softirq steal (guest time is already inside user and nice).
    const times = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = (times[3] ?? 0) + (times[4] ?? 0);
    const total = times.reduce((sum, t) => sum + t, 0);
    // Fields after "(comm) ": utime, stime, cutime, cstime are the 12th to 15th.
    const self = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ').map(Number) ?? [];
    const own = [11, 12, 13, 14].reduce((sum, i) => sum + (self[i] ?? 0), 0);
    return { busy: total - idle, total, own };
  } catch {
    return undefined;
  }
}

/** Share of the machine's capacity (all cores) that processes outside the bench used between two snapshots. */
export function othersShare(start: CpuSnapshot | undefined, end: CpuSnapshot | undefined): number | undefined {
  if (!start || !end || end.total <= start.total) return undefined;
  return Math.max(0, end.busy - start.busy - (end.own - start.own)) / (end.total - start.total);
}
