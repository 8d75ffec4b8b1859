package org.gongxue.events.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.gongxue.events.service.CalendarFeedService;
import org.gongxue.events.service.RegistrationService;
import org.gongxue.events.service.RegistrationView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.web.PageMessages;
import org.gongxue.platform.web.SiteAddress;

/** The reader's registrations ({@code events/mine.xhtml}) and the address of their calendar feed. */
@Named
@ViewScoped
public class MyEventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    RegistrationService registrations;

    @Inject
    CalendarFeedService feeds;

    @Inject
    SiteAddress site;

    private List<RegistrationView> rows;
    private String feedToken;

    public List<RegistrationView> getRows() {
        if (rows == null) {
            rows = registrations.allMine(actor.require());
        }
        return rows;
    }

    /** The subscription address; shown on this page only, because it works without signing in. */
    public String getFeedUrl() {
        if (feedToken == null) {
            feedToken = feeds.tokenOf(actor.require());
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return site.root(request) + "api/calendar/" + feedToken + ".ics";
    }

    public void replaceFeed() {
        feedToken = feeds.replaceToken(actor.require());
        PageMessages.info("events.mine.feed.replaced");
    }
}
