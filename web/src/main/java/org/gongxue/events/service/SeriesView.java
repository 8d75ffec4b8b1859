package org.gongxue.events.service;

import org.gongxue.events.model.EventSeries;

/** A series for pages and the REST API. {@code code} names the shared series, whose names the bundles give. */
public final class SeriesView {

    private final long id;
    private final String code;
    private final String title;
    private final String summary;
    private final String localityCode;

    SeriesView(EventSeries series) {
        this.id = series.getId();
        this.code = series.getCode();
        this.title = series.getTitle();
        this.summary = series.getSummary();
        this.localityCode = series.getLocalityCode();
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The bundle key of the series' name, or null for a series that has only its title. */
    public String getNameKey() {
        return code == null ? null : "events.series.code." + code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getLocalityCode() {
        return localityCode;
    }
}
