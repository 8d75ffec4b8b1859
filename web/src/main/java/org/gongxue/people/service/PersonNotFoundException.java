package org.gongxue.people.service;

/** No person with this id (or none the actor may know of). */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(long id) {
        super("No person " + id);
    }
}
