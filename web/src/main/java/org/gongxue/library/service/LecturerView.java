package org.gongxue.library.service;

import java.io.Serializable;
import org.gongxue.library.model.Lecturer;
import org.gongxue.library.model.LecturerKind;

/** What views and the REST API see of a lecturer. A class with getters: Faces EL cannot read records. */
public final class LecturerView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String title;
    private final String unitName;
    private final LecturerKind kind;
    private final String localityCode;

    public LecturerView(Lecturer lecturer) {
        this.id = lecturer.getId();
        this.name = lecturer.getName();
        this.title = lecturer.getTitle();
        this.unitName = lecturer.getUnitName();
        this.kind = lecturer.getKind();
        this.localityCode = lecturer.getLocalityCode();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getUnitName() {
        return unitName;
    }

    public LecturerKind getKind() {
        return kind;
    }

    public String getLocalityCode() {
        return localityCode;
    }
}
