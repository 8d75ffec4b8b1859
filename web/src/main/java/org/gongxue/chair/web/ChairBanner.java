package org.gongxue.chair.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.chair.service.ChairTermView;

/** The current chair for the home page (shown to visitors too: the rotation is no secret). */
@Named
@RequestScoped
public class ChairBanner {

    @Inject
    ChairCalendar chair;

    private ChairTermView current;
    private boolean looked;

    /** The term covering today, or null while the rotation has a gap (EL has no Optional). */
    public ChairTermView getCurrent() {
        if (!looked) {
            current = chair.current().orElse(null);
            looked = true;
        }
        return current;
    }
}
