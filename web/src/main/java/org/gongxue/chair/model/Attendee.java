package org.gongxue.chair.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone who attended a work meeting, by name and locality: officials need no account to be minuted. */
@Embeddable
public class Attendee {

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @Column(nullable = false)
    private String name;

    protected Attendee() {
    }

    public Attendee(String localityCode, String name) {
        this.localityCode = localityCode;
        this.name = name;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public String getName() {
        return name;
    }
}
