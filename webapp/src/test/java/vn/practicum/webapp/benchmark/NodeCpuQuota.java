package vn.practicum.webapp.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A CPU quota for one process, through the Linux cgroup (v1) cpu controller: the process and every thread it starts
 * get at most {@code cpus} × the period of CPU time, however many cores the machine has. Lets one machine stand in
 * for several small ones in {@link ClusterThroughput}. Needs a writable {@code /sys/fs/cgroup/cpu} (root).
 */
final class NodeCpuQuota {

    static final Path ROOT = Path.of("/sys/fs/cgroup/cpu");
    private static final long PERIOD_MICROS = 100_000;

    private final Path group;

    private NodeCpuQuota(Path group) {
        this.group = group;
    }

    static boolean available() {
        return Files.isWritable(ROOT) && Files.isRegularFile(ROOT.resolve("cgroup.procs"));
    }

    static NodeCpuQuota hold(long pid, double cpus) {
        Path group = ROOT.resolve("practicum-bench-" + UUID.randomUUID());
        try {
            Files.createDirectory(group);
            Files.writeString(group.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_MICROS));
            Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(Math.round(cpus * PERIOD_MICROS)));
            Files.writeString(group.resolve("cgroup.procs"), Long.toString(pid)); // with all its threads
            return new NodeCpuQuota(group);
        } catch (IOException e) {
            throw new UncheckedIOException("could not hold process " + pid + " to " + cpus + " CPU in " + group, e);
        }
    }

    /** Removes the group; its process has ended (a cgroup with processes in it cannot be removed). */
    void release() {
        try {
            Files.deleteIfExists(group);
        } catch (IOException e) {
            System.err.println("could not remove " + group + ": " + e.getMessage());
        }
    }
}
