package org.gongxue.people.service;

import java.util.List;

/** One page of people and how many match in all (for the paginator). */
public record PeoplePage(List<PersonView> rows, long total) {

    /** For Faces EL, which cannot read record components. */
    public List<PersonView> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }
}
