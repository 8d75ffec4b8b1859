package org.gongxue.people.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 青浦区, 吴江区, 嘉善县, or the zone as a whole (ZONE). Fixed by migration V1; names live in the
 * bundles under {@code locality.<CODE>}. Read only: the application never writes it.
 */
@Entity
@Table(name = "locality")
public class Locality {

    @Id
    private String code;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean shared;

    protected Locality() {
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** True for ZONE: bodies the three localities share. */
    public boolean isShared() {
        return shared;
    }
}
