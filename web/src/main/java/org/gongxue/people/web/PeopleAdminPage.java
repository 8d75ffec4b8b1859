package org.gongxue.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.service.PeoplePage;
import org.gongxue.people.service.PeopleQuery;
import org.gongxue.people.service.PeopleService;

/**
 * The administration start page: the first people the administrator manages. The lazy, searchable
 * table with editing is built on {@link PeopleService} next (issue 3, administration UI).
 */
@Named
@RequestScoped
public class PeopleAdminPage {

    static final int PAGE_SIZE = 20;

    @Inject
    CurrentActor currentActor;

    @Inject
    PeopleService people;

    private PeoplePage page;

    public PeoplePage getPage() {
        if (page == null) {
            page = people.search(currentActor.require(), PeopleQuery.firstPage(null, PAGE_SIZE));
        }
        return page;
    }
}
