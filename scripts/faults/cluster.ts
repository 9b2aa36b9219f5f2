import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { promisify } from "node:util";
import { portIsFree } from "../free-port.mjs";

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of the fault run's own (Debian's pg_createcluster), on its own port,
 * with trust authentication on loopback. The script stops, restarts and kills backends of
 * this one only: the machine's main cluster (5432) serves tests and other processes.
 */
export const CLUSTER = "faults";
export const PORT = 5499;

export type Cluster = {
  version: string;
  url: (database: string) => string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
  drop: () => Promise<void>;
};

function ctl(version: string, action: "start" | "stop" | "restart") {
  // Without systemd here; stop and restart use PostgreSQL's "fast" mode (backends are terminated).
  return run("pg_ctlcluster", ["--skip-systemctl-redirect", version, CLUSTER, action]);
}

async function exists(version: string): Promise<boolean> {
  const { stdout } = await run("pg_lsclusters", ["--no-header"]);
  return stdout.split("\n").some((line) => {
    const [v, name] = line.trim().split(/\s+/);
    return v === version && name === CLUSTER;
  });
}

/** The newest installed PostgreSQL major version (/etc/postgresql/<version>). */
function installedVersion(): string {
  const versions = readdirSync("/etc/postgresql").filter((v) => /^\d+$/.test(v));
  if (versions.length === 0) throw new Error("no PostgreSQL installation under /etc/postgresql (apt-get install postgresql)");
  return versions.sort((a, b) => Number(b) - Number(a))[0]!;
}

/** Creates and starts the cluster; one left over by an interrupted run is dropped first. */
export async function createCluster(log: (m: string) => void): Promise<Cluster> {
  const version = installedVersion();
  if (await exists(version)) {
    log(`dropping the cluster ${version}/${CLUSTER} left over by an earlier run`);
    await run("pg_dropcluster", ["--stop", version, CLUSTER]);
  }
  if (!(await portIsFree(PORT))) throw new Error(`port ${PORT} is taken: the fault run needs it for its own PostgreSQL cluster`);
  log(`pg_createcluster ${version} ${CLUSTER} -p ${PORT} (trust authentication, started by this script only)`);
  await run("pg_createcluster", [version, CLUSTER, "-p", String(PORT), "--start-conf=manual", "--", "--auth=trust"]);
  let dropped = false;
  const cluster: Cluster = {
    version,
    url: (database) => `postgres://postgres@127.0.0.1:${PORT}/${database}`,
    start: async () => void (await ctl(version, "start")),
    stop: async () => void (await ctl(version, "stop")),
    restart: async () => void (await ctl(version, "restart")),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await run("pg_dropcluster", ["--stop", version, CLUSTER]);
    },
  };
  try {
    await cluster.start();
  } catch (error) {
    await cluster.drop();
    throw error;
  }
  return cluster;
}
