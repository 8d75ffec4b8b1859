package org.gongxue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The results of one run: printed as a table, written as Markdown and JSON. */
final class Report {

    private final String started = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private final Map<String, String> machine;
    private final Map<String, Object> settings;
    private final List<Comparison> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> durations = new LinkedHashMap<>();

    Report(Map<String, String> machine, Map<String, Object> settings) {
        this.machine = machine;
        this.settings = settings;
    }

    void add(String benchmark, List<Comparison> comparisons, long nanos) {
        rows.addAll(comparisons);
        durations.put(benchmark, String.format("%.0f s", nanos / 1e9));
    }

    void fail(String benchmark, Exception e) {
        failures.add(benchmark + ": " + e);
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    List<String> failures() {
        return failures;
    }

    String markdown(String loadAtEnd, String otherJvmsAtEnd) {
        StringBuilder md = new StringBuilder("# Gongxue benchmark results\n\n");
        md.append("Run started ").append(started).append(".\n\n");
        md.append("| machine | |\n|---|---|\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("| load average at end (1 min) | ").append(loadAtEnd).append(" |\n");
        md.append("| other JVMs running at end | ").append(otherJvmsAtEnd).append(" |\n\n");
        md.append("Settings: ").append(settings).append("\n\n");
        md.append("Durations: ").append(durations).append("\n\n");
        md.append("Ratio = platform ÷ baseline, both measured in this run on the same data.\n\n");
        md.append("| benchmark | metric | platform | baseline | ratio | reading | goal (issue 4) | note |\n");
        md.append("|---|---|---:|---:|---:|---|---|---|\n");
        for (Comparison row : rows) {
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%n", row.benchmark(), row.metric(),
                    figure(row.platform(), row.unit()), figure(row.baseline(), row.unit()), ratio(row),
                    row.verdict(), row.goalReading(), row.note()));
        }
        List<Comparison> missed = rows.stream().filter(row -> row.goal() != null && !row.goal().metBy(row)).toList();
        long goals = rows.stream().filter(row -> row.goal() != null).count();
        md.append("\nGoals of issue 4: ").append(goals - missed.size()).append(" of ").append(goals).append(" met");
        missed.forEach(row -> md.append("; missed: ").append(row.benchmark()).append(", ").append(row.metric()));
        md.append(".\n");
        if (!failures.isEmpty()) {
            md.append("\n## Failed\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    /** The table for the console: fixed-width columns, no notes. */
    String table() {
        StringBuilder out = new StringBuilder();
        String format = "%-48s %-36s %14s %14s %6s  %-22s %s%n";
        out.append(String.format(format, "benchmark", "metric", "platform", "baseline", "ratio", "reading", "goal"));
        for (Comparison row : rows) {
            out.append(String.format(format, row.benchmark(), row.metric(), figure(row.platform(), row.unit()),
                    figure(row.baseline(), row.unit()), ratio(row), row.verdict(), row.goalReading()));
        }
        return out.toString();
    }

    void write(Path directory, String loadAtEnd, String otherJvmsAtEnd) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("bench-results.md"), markdown(loadAtEnd, otherJvmsAtEnd),
                StandardCharsets.UTF_8);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started", started);
        Map<String, String> machineAtEnd = new LinkedHashMap<>(machine);
        machineAtEnd.put("load average at end (1 min)", loadAtEnd);
        machineAtEnd.put("other JVMs running at end", otherJvmsAtEnd);
        json.put("machine", machineAtEnd);
        json.put("settings", settings);
        json.put("durations", durations);
        List<Map<String, Object>> results = new ArrayList<>();
        for (Comparison row : rows) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("benchmark", row.benchmark());
            result.put("metric", row.metric());
            result.put("unit", row.unit());
            result.put("platform", row.platform());
            result.put("baseline", row.baseline());
            result.put("ratio", row.ratio());
            result.put("higherIsBetter", row.higherIsBetter());
            result.put("note", row.note());
            if (row.goal() != null) {
                result.put("goal", row.goal().toString());
                result.put("goalMet", row.goal().metBy(row));
            }
            results.add(result);
        }
        json.put("results", results);
        json.put("failures", failures);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("bench-results.json").toFile(), json);
    }

    private static String figure(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return (Math.abs(value) >= 100 ? String.format("%,.0f", value) : String.format("%.2f", value)) + " " + unit;
    }

    private static String ratio(Comparison row) {
        return Double.isNaN(row.ratio()) ? "n/a" : String.format("%.2f", row.ratio());
    }
}
