package org.gongxue.bench;

/**
 * One line of the results: the platform's figure against its baseline's, measured in the same
 * run on the same data.
 *
 * @param benchmark      what was measured, e.g. "put 200 MB, unknown length"
 * @param metric         which figure, e.g. "throughput (median)"
 * @param unit           e.g. "MB/s", "ms"
 * @param higherIsBetter whether a ratio above 1 means the platform is better
 * @param note           what to keep in mind reading it; may be empty
 * @param goal           what issue 4 asks of this figure; null when it asks nothing
 */
record Comparison(String benchmark, String metric, double platform, double baseline, String unit,
                  boolean higherIsBetter, String note, Goal goal) {

    Comparison(String benchmark, String metric, double platform, double baseline, String unit,
               boolean higherIsBetter, String note) {
        this(benchmark, metric, platform, baseline, unit, higherIsBetter, note, null);
    }

    /** A figure of the platform that has no baseline to be divided by (e.g. the server's heap). */
    static Comparison alone(String benchmark, String metric, double platform, String unit, String note, Goal goal) {
        return new Comparison(benchmark, metric, platform, Double.NaN, unit, false, note, goal);
    }

    Comparison withGoal(Goal wanted) {
        return new Comparison(benchmark, metric, platform, baseline, unit, higherIsBetter, note, wanted);
    }

    /** platform ÷ baseline. */
    double ratio() {
        return baseline == 0 || Double.isNaN(baseline) ? Double.NaN : platform / baseline;
    }

    /** A ratio read the same way for every row: above 1 is slower/worse than the baseline. */
    String verdict() {
        double ratio = ratio();
        if (Double.isNaN(ratio)) {
            return "n/a";
        }
        double cost = higherIsBetter ? 1 / ratio : ratio;
        if (cost > 1.10) {
            return String.format("platform %.0f%% worse", (cost - 1) * 100);
        }
        if (cost < 0.90) {
            return String.format("platform %.0f%% better", (1 - cost) * 100);
        }
        return "within 10%";
    }

    /** "ratio ≥ 0.7: met", or empty without a goal. */
    String goalReading() {
        if (goal == null) {
            return "";
        }
        return goal + (goal.metBy(this) ? ": met" : ": MISSED");
    }
}
