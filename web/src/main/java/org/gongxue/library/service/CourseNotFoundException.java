package org.gongxue.library.service;

/**
 * No such course, lecture or material — or none the reader may see: the two are the same answer
 * on purpose, so that nobody learns what exists behind an audience they do not belong to.
 */
public class CourseNotFoundException extends RuntimeException {

    public CourseNotFoundException(String what) {
        super(what + " not found");
    }
}
