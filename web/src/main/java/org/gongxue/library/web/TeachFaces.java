package org.gongxue.library.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.upload.UploadRefusedException;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * How the teacher's pages answer the library services: a page whose course the person may not
 * see ends as 404 (403 when they may see but not edit it); a change the services refuse (or an
 * upload the engine refuses, or the object store being away) shows every problem beside its
 * field and changes nothing.
 */
final class TeachFaces {

    /** The field name under which a refused upload's reason is shown. */
    static final String FILE = "file";
    private static final Logger LOG = Logger.getLogger(TeachFaces.class.getName());

    private TeachFaces() {
    }

    /** The page's subject, or null after the response was ended with 403 or 404. */
    static <T> T loadOrEnd(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (AccessDeniedException e) {
            end(HttpServletResponse.SC_FORBIDDEN);
        } catch (CourseNotFoundException e) {
            end(HttpServletResponse.SC_NOT_FOUND);
        }
        return null;
    }

    /**
     * Runs a change asked for on a page and says whether it was made.
     *
     * @param fieldIds client ids of the form's fields by the services' field names ({@value #FILE}
     *                 for the file of an upload); problems of fields not named there are shown
     *                 for the whole page
     */
    static boolean attempt(Runnable change, Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            return true;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> faces.addMessage(fieldIds.get(p.field()),
                    message(FacesMessage.SEVERITY_ERROR, p.messageKey())));
        } catch (AccessDeniedException e) {
            faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, "library.teach.refused"));
        } catch (CourseNotFoundException e) {
            faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, "library.reader.notFound"));
        } catch (UploadRefusedException e) {
            faces.addMessage(fieldIds.get(FILE), message(FacesMessage.SEVERITY_ERROR, e.messageKey()));
        } catch (ContentStoreException e) {
            LOG.log(Level.WARNING, "Object store failure shown on a page: " + e.getMessage(), e);
            faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, "api.problem.storageUnavailable"));
        }
        faces.validationFailed();
        return false;
    }

    static void done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(text(key), arguments), null));
    }

    /** The page's messages outlive the redirect that follows (post, redirect, get). */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static String text(String key) {
        return bundle().getString(key);
    }

    /** A text that is a bundle key (as processing may record a failure reason) in the reader's language; others as they are. */
    static String textOrAsIs(String keyOrText) {
        ResourceBundle bundle = bundle();
        return keyOrText != null && bundle.containsKey(keyOrText) ? bundle.getString(keyOrText) : keyOrText;
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static FacesMessage message(FacesMessage.Severity severity, String key) {
        return new FacesMessage(severity, text(key), null);
    }

    private static void end(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
