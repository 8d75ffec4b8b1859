package org.gongxue.library.service;

/** The outbox topics of the library; their keys are the id of the course or material concerned. */
public final class LibraryEvents {

    /** A course or anything shown with it changed: (re)index it, or remove it from the index if it is gone. */
    public static final String COURSE_INDEX = "library.course.index";
    /** A material was uploaded or asked to be processed again. */
    public static final String MATERIAL_PROCESS = "library.material.process";
    /** A material was deleted or replaced: remove its objects and its index entry. Key: the object key prefix. */
    public static final String MATERIAL_PURGE = "library.material.purge";

    private LibraryEvents() {
    }
}
