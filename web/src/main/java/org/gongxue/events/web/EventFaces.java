package org.gongxue.events.web;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.upload.UploadRefusedException;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.web.PageMessages;

/**
 * How the events' pages answer a change with files (upload, delete, a course from the recording):
 * every refusal as a message on the page, nothing changed.
 */
final class EventFaces {

    private static final Logger LOG = Logger.getLogger(EventFaces.class.getName());

    private EventFaces() {
    }

    /** Runs the change and says whether it was made. */
    static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException e) {
            PageMessages.problems(e.problems());
        } catch (UploadRefusedException e) {
            PageMessages.refused(e.messageKey());
        } catch (AccessDeniedException e) {
            PageMessages.refused("events.files.refused");
        } catch (EventNotFoundException e) {
            PageMessages.refused("events.notFound");
        } catch (ContentStoreException e) {
            LOG.log(Level.WARNING, "Object store failure shown on an event page: " + e.getMessage(), e);
            PageMessages.refused("api.problem.storageUnavailable");
        }
        return false;
    }
}
