package org.gongxue.library.web;

import java.util.Locale;

/** File sizes as people read them: 812 B, 3.4 KB, 1.2 GB (binary multiples, the way file managers count). */
public final class ByteSizes {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private ByteSizes() {
    }

    public static String readable(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
