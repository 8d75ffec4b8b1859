package org.gongxue.forum.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongxue.forum.service.ForumNotFoundException;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.validation.InvalidInputException;

/** What the forum's pages share: refusals as 403/404 pages, problems beside their fields. */
final class ForumFaces {

    private ForumFaces() {
    }

    /** Loads a page's subject; a refusal or a missing subject ends the page with 403 or 404. */
    static <T> T loadOrRefuse(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (AccessDeniedException e) {
            sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (ForumNotFoundException e) {
            sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return null;
    }

    /** A whole number of at least 0 from the address; 0 for anything else a hand-typed address may hold. */
    static long positive(String text) {
        String digits = text == null ? "" : text.strip();
        return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : 0;
    }

    /** Redirects to a view with parameters and a fragment (post-redirect-get), keeping the flash. */
    static void redirect(String viewId, Map<String, List<String>> parameters, String fragment) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String address = faces.getApplication().getViewHandler().getRedirectURL(faces, viewId, parameters, false);
        try {
            faces.getExternalContext().redirect(address + "#" + fragment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * Runs a change from a form. Problems go beside their fields ({@code fields}: service field
     * name → client id; others to the page), a refusal to the page; either way nothing changed.
     * @return whether the change was made
     */
    static boolean change(Runnable action, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> error(faces, fields.get(problem.field()), problem.messageKey()));
        } catch (AccessDeniedException e) {
            error(faces, null, "forum.refused");
        } catch (ForumNotFoundException e) {
            error(faces, null, "forum.problem.notFound");
        }
        faces.validationFailed();
        return false;
    }

    static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key), null));
    }

    /** Keeps the page's messages over a redirect (post-redirect-get). */
    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void error(FacesContext faces, String clientId, String key) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key), null));
    }

    private static String text(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }
}
