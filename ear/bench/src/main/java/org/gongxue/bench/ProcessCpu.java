package org.gongxue.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by this JVM, all threads together. On a 2-core machine the client's CPU is
 * taken from the server it talks to, so client-side cost shows up as server throughput lost;
 * this makes that cost visible on its own. Includes the JIT and GC threads, the same for both
 * contenders.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
