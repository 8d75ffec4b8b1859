package org.gongxue.bench;

/**
 * What issue 4 asks of one figure, e.g. "p95 ≤ 1.5 × the baseline" or "p95 under 100 ms". The
 * report says for each row with a goal whether this run met it; a missed goal is a finding to
 * read, not a failed build (a timing is not a test).
 */
record Goal(Kind kind, double limit, String unit) {

    enum Kind {
        /** platform ÷ baseline at least the limit (throughput). */
        RATIO_AT_LEAST,
        /** platform ÷ baseline at most the limit (latency). */
        RATIO_AT_MOST,
        /** the platform's own figure below the limit, whatever the baseline. */
        VALUE_BELOW
    }

    static Goal ratioAtLeast(double limit) {
        return new Goal(Kind.RATIO_AT_LEAST, limit, "");
    }

    static Goal ratioAtMost(double limit) {
        return new Goal(Kind.RATIO_AT_MOST, limit, "");
    }

    static Goal valueBelow(double limit, String unit) {
        return new Goal(Kind.VALUE_BELOW, limit, unit);
    }

    boolean metBy(Comparison row) {
        return switch (kind) {
            case RATIO_AT_LEAST -> row.ratio() >= limit;
            case RATIO_AT_MOST -> row.ratio() <= limit;
            case VALUE_BELOW -> row.platform() < limit;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case RATIO_AT_LEAST -> String.format("ratio ≥ %.1f", limit);
            case RATIO_AT_MOST -> String.format("ratio ≤ %.1f", limit);
            case VALUE_BELOW -> String.format("< %.0f %s", limit, unit);
        };
    }
}
