package org.gongxue.people.service;

import java.util.List;

/**
 * One page of people and how many match in all (for the paginator). A class with getters, not a
 * record: Faces EL cannot read record components, and JSON-B would write a record's extra
 * getters as properties of their own.
 */
public final class PeoplePage {

    private final List<PersonView> rows;
    private final long total;

    public PeoplePage(List<PersonView> rows, long total) {
        this.rows = List.copyOf(rows);
        this.total = total;
    }

    public List<PersonView> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }
}
