// CPU time of processes on this machine, from Linux's /proc (null elsewhere), for per-request figures.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (ms) used so far by the PostgreSQL server's processes (Linux /proc; null elsewhere). */
export function postgresCpuMs() {
  try {
    let ticks = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // the process ended meanwhile
      }
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime, and cutime + cstime: the server's exited processes (its backends,
      // autovacuum workers) are counted in the postmaster's children times once reaped.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    }
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** CPU time (ms, user + system, all threads) one process has used so far; null when /proc has no such process. */
export function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
