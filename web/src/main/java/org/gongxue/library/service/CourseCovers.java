package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.library.model.Course;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.upload.CompletedUpload;
import org.gongxue.platform.upload.FileKind;
import org.gongxue.platform.upload.StoredObjectClaims;
import org.gongxue.platform.upload.UploadSessions;

/**
 * The cover images of courses: an image checked like any upload (type from the bytes, the image
 * size limit), stored under {@link #ROOT} with a random name, then named by the course. The image
 * it replaces is deleted after the change commits; one the deletion misses, like one stored for a
 * change that failed, the sweeper removes (OrphanSweep).
 */
@ApplicationScoped
public class CourseCovers implements StoredObjectClaims {

    /** Every cover's key starts with this. */
    public static final String ROOT = "library/covers/";
    private static final Logger LOG = Logger.getLogger(CourseCovers.class.getName());

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    CourseCatalog catalog;

    @Inject
    UploadSessions engine;

    @Inject
    ContentStore store;

    /** Stores an image sent whole as the course's cover, in place of any earlier one. */
    public void replace(Actor actor, long courseId, String fileName, InputStream content, long size) {
        requireEditable(actor, courseId);
        CompletedUpload stored = engine.storeWhole(FileKind.IMAGE, ROOT + MaterialKeys.newToken() + "/", fileName,
                content, size);
        String previous;
        try {
            previous = courses.replaceCover(actor, courseId, stored.objectKey());
        } catch (RuntimeException e) {
            deleteQuietly(stored.objectKey());
            throw e;
        }
        deleteQuietly(previous);
    }

    /** The largest cover image (the upload engine's limit for images). */
    public long maxSize() {
        return engine.settings().maxSize(FileKind.IMAGE);
    }

    public void remove(Actor actor, long courseId) {
        deleteQuietly(courses.replaceCover(actor, courseId, null));
    }

    /** The key of the course's cover, if it has one and the reader may see the course. */
    @Transactional
    public String readableKey(Actor reader, long courseId) {
        catalog.find(reader, courseId);
        String key = em.find(Course.class, courseId).getCoverKey();
        if (key == null) {
            throw new CourseNotFoundException("Cover of course " + courseId);
        }
        return key;
    }

    @Override
    public String root() {
        return ROOT;
    }

    /** Every key a course names as its cover: what the sweeper leaves alone under {@link #ROOT}. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> claimedKeys() {
        return new HashSet<>(em.createQuery("select c.coverKey from Course c where c.coverKey is not null",
                String.class).getResultList());
    }

    private void requireEditable(Actor actor, long courseId) {
        if (!catalog.find(actor, courseId).isEditable()) {
            throw new AccessDeniedException("Not an editor of course " + courseId);
        }
    }

    private void deleteQuietly(String key) {
        if (key == null) {
            return;
        }
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete cover " + key + "; the sweeper will", e);
        }
    }
}
