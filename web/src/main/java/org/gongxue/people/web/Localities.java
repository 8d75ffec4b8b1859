package org.gongxue.people.web;

import java.util.List;

/** The locality codes in the order forms offer them; the localities are fixed by migration V1 and never written. */
public final class Localities {

    public static final List<String> CODES = List.of("QINGPU", "WUJIANG", "JIASHAN", "ZONE");

    private Localities() {
    }
}
