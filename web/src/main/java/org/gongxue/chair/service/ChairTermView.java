package org.gongxue.chair.service;

import java.time.LocalDate;
import org.gongxue.chair.model.ChairTerm;

/** A chair term for pages and the REST API. A class with getters: Faces EL cannot read records. */
public final class ChairTermView {

    private final long id;
    private final String localityCode;
    private final LocalDate startsOn;
    private final LocalDate endsOn;

    ChairTermView(ChairTerm term) {
        this.id = term.getId();
        this.localityCode = term.getLocalityCode();
        this.startsOn = term.getStartsOn();
        this.endsOn = term.getEndsOn();
    }

    public long getId() {
        return id;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
