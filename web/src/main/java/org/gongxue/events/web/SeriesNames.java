package org.gongxue.events.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.gongxue.events.service.SeriesView;
import org.gongxue.platform.web.PageMessages;

/** The name of a series as pages show it: the bundle's for the shared series, else its title. */
@Named
@ApplicationScoped
public class SeriesNames {

    public String of(SeriesView series) {
        return series.getNameKey() == null ? series.getTitle() : PageMessages.text(series.getNameKey());
    }
}
