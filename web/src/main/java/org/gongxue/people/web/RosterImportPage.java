package org.gongxue.people.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Map;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.service.RosterImportService;
import org.gongxue.people.service.roster.RosterLimits;
import org.gongxue.people.service.roster.RosterPreview;
import org.gongxue.people.service.roster.RosterProblem;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * Importing a roster in two steps: upload and see every row's problems; then, when there are
 * none, import everyone with one initial password. The uploaded bytes stay in the view between
 * the two steps (a roster is at most a few megabytes), so the import reads exactly what was shown.
 */
@Named
@ViewScoped
public class RosterImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor currentActor;

    @Inject
    RosterImportService rosterImport;

    private transient Part upload;
    private byte[] roster;
    private String fileName;
    private transient RosterPreview preview;
    private String initialPassword;
    private int imported = -1;

    /** Reads the chosen file and shows its preview; nothing is written. */
    public void preview() {
        imported = -1;
        try (InputStream content = upload.getInputStream()) {
            // One byte more than allowed, so the import can tell "too large" from "just fits".
            roster = content.readNBytes(Math.toIntExact(RosterLimits.DEFAULTS.maxBytes() + 1));
            fileName = upload.getSubmittedFileName();
            preview = rosterImport.preview(currentActor.require(), roster);
        } catch (IOException e) {
            roster = null;
            preview = null;
            error(null, Texts.of(faces(), "import.uploadFailed"));
        }
    }

    /** Imports everyone, or no one if a problem has appeared since the preview. */
    public void commit() {
        try {
            preview = rosterImport.commit(currentActor.require(), roster, initialPassword);
        } catch (InvalidInputException e) {
            Texts.show(faces(), e.problems(), Map.of("password", "import-form:initial-password"));
            return;
        }
        if (preview.canCommit()) {
            imported = preview.getRowCount();
            roster = null;
        } else {
            error(null, Texts.of(faces(), "import.changedSincePreview"));
        }
    }

    /** A problem in the reader's language, with its values filled in. */
    public String describe(RosterProblem problem) {
        return MessageFormat.format(Texts.of(faces(), problem.getKey()), problem.getArguments().toArray());
    }

    public RosterPreview getPreview() {
        return preview;
    }

    public boolean isPreviewShown() {
        return preview != null && imported < 0;
    }

    public int getImported() {
        return imported;
    }

    public String getFileName() {
        return fileName;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    private static void error(String clientId, String text) {
        faces().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }
}
