package org.gongxue.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.service.PeopleService;
import org.gongxue.platform.access.Role;

/**
 * The people an administrator manages, in a lazy, paged table. The search form is a GET form
 * ({@code ?q=…&locality=…}), so a search is a link that can be bookmarked or shared and the
 * browser's back button returns to the previous search.
 */
@Named
@ViewScoped
public class PeopleAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    CurrentActor currentActor;

    @Inject
    PeopleService people;

    private String q;
    private String locality;
    private PeopleTableModel table;

    public PeopleTableModel getPeople() {
        if (table == null) {
            // List.of(…).contains(null) throws: no locality chosen is "every locality".
            boolean chosenLocality = locality != null && isPlatformAdministrator() && Localities.CODES.contains(locality);
            table = new PeopleTableModel(currentActor, people, q, chosenLocality ? locality : null);
        }
        return table;
    }

    /** Only platform administrators manage more than one locality, so only they filter by it. */
    public boolean isPlatformAdministrator() {
        return currentActor.require().has(Role.PLATFORM_ADMIN);
    }

    public List<String> getLocalityCodes() {
        return Localities.CODES;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }
}
