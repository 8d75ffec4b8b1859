package org.gongxue.library.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.gongxue.library.service.processing.RebuildStatus;
import org.gongxue.library.service.processing.SearchIndexRebuild;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.web.ZoneTime;

/**
 * The search index page (platform administrators): rebuild the whole index from the database and
 * the object store, and watch it get there while search goes on answering from the old one.
 */
@Named
@ViewScoped
public class SearchIndexPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SearchIndexRebuild rebuild;

    @Inject
    CurrentActor currentActor;

    public RebuildStatus getStatus() {
        return rebuild.status();
    }

    public String getStartedAt() {
        return ZoneTime.format(rebuild.status().getStartedAt());
    }

    public String getFinishedAt() {
        return ZoneTime.format(rebuild.status().getFinishedAt());
    }

    public void start() {
        say(rebuild.start(currentActor.require()) ? "searchIndex.started" : "searchIndex.alreadyRunning");
    }

    public void clearInterrupted() {
        try {
            say(rebuild.clearInterrupted(currentActor.require()) ? "searchIndex.cleared" : "searchIndex.nothingToClear");
        } catch (IOException e) {
            say("searchIndex.unreachable");
        }
    }

    private static void say(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
