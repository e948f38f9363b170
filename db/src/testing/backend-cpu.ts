/**
 * CPU seconds spent by this process and by the PostgreSQL backends it is connected to, for
 * benches on a shared machine where wall time is noise. Linux only (reads /proc); elsewhere
 * the server's share reads 0.
 *
 * The backends are found from this process's own TCP sockets: each local port connected to
 * the server's port names a backend whose title is `postgres: user db host(port) …`. They are
 * looked up again at every sample, since a pool opens and closes connections as it likes; a
 * backend that ended keeps the CPU it had at its last sample.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux x86_64 and arm64

export interface CpuSample {
  node: number;
  server: number;
}

export class CpuMeter {
  private readonly seen = new Map<number, number>(); // backend pid → its CPU seconds
  private readonly pidOfPort = new Map<number, number>();
  private serverTotal = 0;
  /** Node CPU seconds spent sampling, left out of Node's figure. */
  private own = 0;

  constructor(private readonly serverPort = 5432) {}

  /** Node's CPU seconds since start, and the backends' seen so far (both cumulative). */
  sample(): CpuSample {
    const before = cpuSeconds(process.cpuUsage());
    for (const pid of this.backendPids()) {
      const now = cpuOfPid(pid);
      if (now === null) continue;
      this.serverTotal += now - (this.seen.get(pid) ?? 0);
      this.seen.set(pid, now);
    }
    this.own += cpuSeconds(process.cpuUsage()) - before;
    return { node: before - this.own, server: this.serverTotal };
  }

  /** The backends of this process's connections; /proc is scanned only for a new port. */
  private backendPids(): number[] {
    const ports = ownClientPorts(this.serverPort);
    if ([...ports].some((port) => !this.pidOfPort.has(port))) {
      let entries: string[] = [];
      try {
        entries = readdirSync('/proc');
      } catch {
        // not Linux: no server figure
      }
      for (const entry of entries) {
        if (!/^\d+$/.test(entry)) continue;
        let title: string;
        try {
          title = readFileSync(`/proc/${entry}/cmdline`, 'latin1');
        } catch {
          continue;
        }
        const port = /^postgres: \S+ \S+ [^(]+\((\d+)\)/.exec(title)?.[1];
        if (port && ports.has(Number(port))) this.pidOfPort.set(Number(port), Number(entry));
      }
    }
    const pids: number[] = [];
    for (const port of ports) {
      const pid = this.pidOfPort.get(port);
      if (pid !== undefined) pids.push(pid);
    }
    return pids;
  }
}

const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

/** utime + stime of a process in seconds; null when it has ended. */
function cpuOfPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Local ports of this process's TCP sockets connected to `serverPort`. */
function ownClientPorts(serverPort: number): Set<number> {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync('/proc/self/fd')) {
      try {
        const link = readlinkSync(`/proc/self/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode) inodes.add(inode);
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    return new Set();
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'latin1');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || !inodes.has(f[9]!)) continue;
      const local = parseInt(f[1]!.split(':')[1]!, 16);
      const remote = parseInt(f[2]!.split(':')[1]!, 16);
      if (remote === serverPort) ports.add(local);
    }
  }
  return ports;
}
