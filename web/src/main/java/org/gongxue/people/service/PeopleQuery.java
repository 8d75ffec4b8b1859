package org.gongxue.people.service;

import java.util.Set;

/**
 * One page of a people search, as a lazy table asks for it. {@code text} matches name, login
 * name, unit and phone (blank: everyone); {@code localityCode} narrows further (null: every
 * locality the actor may manage); {@code sortField} is one of {@link #SORT_FIELDS} (else name).
 */
public record PeopleQuery(String text, String localityCode, int first, int pageSize, String sortField,
                          boolean ascending) {

    public static final Set<String> SORT_FIELDS = Set.of("name", "username", "localityCode", "status", "createdAt");
    public static final int MAX_PAGE_SIZE = 200;

    public PeopleQuery {
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        sortField = sortField != null && SORT_FIELDS.contains(sortField) ? sortField : "name";
    }

    public static PeopleQuery firstPage(String text, int pageSize) {
        return new PeopleQuery(text, null, 0, pageSize, "name", true);
    }
}
