package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.platform.outbox.ServiceDownException;
import org.gongxue.search.subtitles.Cue;
import org.gongxue.search.subtitles.SubtitleParser;

/**
 * Reads back what processing stored of each material (text, cues), so that the index can always
 * be rebuilt from the database and the object store.
 */
@ApplicationScoped
public class MaterialContents {

    @Inject
    SubtitleParser subtitles;

    @Inject
    ContentStore store;

    /** The words of each searchable material of the course, by material id. */
    public Map<Long, MaterialContent> of(CourseSnapshot course) throws ServiceDownException {
        Map<Long, MaterialContent> contents = new HashMap<>();
        for (CourseSnapshot.Lecture lecture : course.lectures()) {
            for (CourseSnapshot.Material material : lecture.materials()) {
                if (material.searchable()) {
                    contents.put(material.id(), of(material));
                }
            }
        }
        return contents;
    }

    private MaterialContent of(CourseSnapshot.Material material) throws ServiceDownException {
        try {
            if (material.textKey() != null) {
                return text(material.textKey());
            }
            return new MaterialContent("", List.of(), cues(material.cuesKey()));
        } catch (ObjectNotFoundException e) {
            // Deleted under our feet (the material is being purged): nothing to index for it.
            return MaterialContent.NONE;
        } catch (ContentStoreException e) {
            Unreachable.throwIfObjectStoreDown(e);
            throw e;
        }
    }

    private MaterialContent text(String key) {
        try (InputStream in = store.get(key)) {
            return StoredText.read(in).content();
        } catch (IOException e) {
            throw new ContentStoreException("reading object '" + key + "' failed", e);
        }
    }

    private List<Cue> cues(String key) {
        try (InputStream in = store.get(key)) {
            return subtitles.parse(in).cues();
        } catch (IOException e) {
            throw new ContentStoreException("reading object '" + key + "' failed", e);
        }
    }
}
