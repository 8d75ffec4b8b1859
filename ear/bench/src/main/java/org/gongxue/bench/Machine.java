package org.gongxue.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the figures were measured on, printed with them: a ratio from a 2-core machine that was
 * also compiling something else is not the ratio of a quiet server.
 */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> facts = new LinkedHashMap<>();
        Runtime runtime = Runtime.getRuntime();
        facts.put("cores (available to the JVM)", Integer.toString(runtime.availableProcessors()));
        facts.put("RAM", gigabytes(totalMemory()));
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("bench JVM heap (-Xmx)", megabytes(runtime.maxMemory()));
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        facts.put("load average at start (1 min)", loadAverage());
        facts.put("other JVMs running at start", otherJvms());
        return facts;
    }

    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format("%.2f", load);
    }

    /**
     * Other Java processes besides this one and the servers it benchmarks: a concurrent build
     * (Maven, surefire, WildFly) competes for the same two cores and shows here.
     */
    static String otherJvms() {
        long self = ProcessHandle.current().pid();
        List<String> others = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .map(p -> p.pid() + " " + mainClassOf(p.info().arguments().orElse(new String[0])))
                .toList();
        return others.isEmpty() ? "none" : others.size() + ": " + String.join("; ", others);
    }

    /** The main class or -jar of a java command line: enough to tell Maven from Elasticsearch. */
    private static String mainClassOf(String[] arguments) {
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.equals("-jar") && i + 1 < arguments.length) {
                return shorten(arguments[i + 1]);
            }
            if (argument.equals("-cp") || argument.equals("-classpath") || argument.equals("--module-path")) {
                i++;
                continue;
            }
            if (!argument.startsWith("-")) {
                return shorten(argument);
            }
        }
        return "?";
    }

    private static String shorten(String text) {
        int slash = text.lastIndexOf('/');
        return slash >= 0 ? text.substring(slash + 1) : text;
    }

    private static long totalMemory() {
        return Optional.of(ManagementFactory.getOperatingSystemMXBean())
                .filter(com.sun.management.OperatingSystemMXBean.class::isInstance)
                .map(bean -> ((com.sun.management.OperatingSystemMXBean) bean).getTotalMemorySize())
                .orElse(-1L);
    }

    private static String gigabytes(long bytes) {
        return bytes < 0 ? "unknown" : String.format("%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    private static String megabytes(long bytes) {
        return String.format("%d MiB", bytes / (1024 * 1024));
    }
}
