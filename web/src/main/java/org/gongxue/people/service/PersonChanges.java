package org.gongxue.people.service;

/** The editable details of a person (not login name, roles, status or password: each has its own call). */
public record PersonChanges(String name, String localityCode, Long unitId, String position, String phone,
                            String email) {
}
