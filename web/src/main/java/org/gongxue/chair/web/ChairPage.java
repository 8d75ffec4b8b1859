package org.gongxue.chair.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gongxue.chair.service.ChairCalendar;
import org.gongxue.chair.service.ChairTermDraft;
import org.gongxue.chair.service.ChairTermView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.web.PageMessages;

/** The rotation calendar ({@code events/chair.xhtml}); platform administrators record terms on it. */
@Named
@ViewScoped
public class ChairPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> ROTATING = List.of("QINGPU", "WUJIANG", "JIASHAN");

    @Inject
    CurrentActor actor;

    @Inject
    ChairCalendar chair;

    private String localityCode;
    private LocalDate startsOn;
    private LocalDate endsOn;

    public List<ChairTermView> getTerms() {
        return chair.terms();
    }

    public ChairTermView getCurrent() {
        return chair.current().orElse(null);
    }

    public boolean isRecorder() {
        return actor.require().has(Role.PLATFORM_ADMIN);
    }

    public void add() {
        try {
            chair.addTerm(actor.require(), new ChairTermDraft(localityCode, startsOn, endsOn));
            PageMessages.info("chair.page.added");
            localityCode = null;
            startsOn = null;
            endsOn = null;
        } catch (InvalidInputException e) {
            PageMessages.problems(e.problems());
        } catch (AccessDeniedException e) {
            PageMessages.refused("chair.page.refused");
        }
    }

    public void remove(long termId) {
        try {
            chair.removeTerm(actor.require(), termId);
            PageMessages.info("chair.page.removed");
        } catch (InvalidInputException | AccessDeniedException e) {
            PageMessages.refused("chair.page.refused");
        }
    }

    public List<String> getLocalities() {
        return ROTATING;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public void setLocalityCode(String localityCode) {
        this.localityCode = localityCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
