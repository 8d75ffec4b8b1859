package org.gongxue.people.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeopleQueryTest {

    @Test
    void noSortFieldOrAnUnknownOneSortsByName() {
        assertThat(new PeopleQuery(null, null, 0, 20, null, true).sortField()).isEqualTo("name");
        assertThat(new PeopleQuery(null, null, 0, 20, "password_hash", true).sortField()).isEqualTo("name");
    }

    @Test
    void pagesAreBoundedWhateverTheCallerAsks() {
        PeopleQuery query = new PeopleQuery("张", null, -5, 100_000, "status", false);

        assertThat(query.first()).isZero();
        assertThat(query.pageSize()).isEqualTo(PeopleQuery.MAX_PAGE_SIZE);
        assertThat(query.sortField()).isEqualTo("status");
    }
}
