package org.gongxue.people.service;

import org.gongxue.people.model.Unit;
import org.gongxue.people.model.UnitKind;

/** A unit as views and the REST API see it. */
public final class UnitView {

    private final long id;
    private final String localityCode;
    private final String name;
    private final UnitKind kind;

    UnitView(Unit unit) {
        this.id = unit.getId();
        this.localityCode = unit.getLocalityCode();
        this.name = unit.getName();
        this.kind = unit.getKind();
    }

    public long getId() {
        return id;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }
}
