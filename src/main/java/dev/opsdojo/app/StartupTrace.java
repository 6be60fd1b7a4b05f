package dev.opsdojo.app;

import java.lang.management.ManagementFactory;

/** With {@code -Dopsdojo.traceStartup=true}, prints when each start-up phase ends (ms since JVM start) to stderr. */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("opsdojo.traceStartup");

    private StartupTrace() {
    }

    static long sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static void mark(String phase) {
        if (ON) {
            System.err.println("startup " + phase + " " + sinceJvmStartMs() + " ms [" + Thread.currentThread().getName() + "]");
        }
    }
}
