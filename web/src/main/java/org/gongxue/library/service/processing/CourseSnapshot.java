package org.gongxue.library.service.processing;

import java.time.Instant;
import java.util.List;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;

/**
 * What the search index needs of one course, its lectures and their materials, read in one
 * transaction ({@link CourseSnapshots}) so that the documents can be built after it, while the
 * materials' texts are read from the object store.
 *
 * @param audience  the audience key of the course (see platform.access.Audience)
 * @param published whether readers may see it: only then is it in the index
 * @param lecturers the lecturers' names, in the course's order
 */
public record CourseSnapshot(long id, String title, String summary, String topicCode, String localityCode,
                             String audience, boolean published, Instant publishedAt, long views,
                             List<String> abilities, List<String> lecturers, List<Lecture> lectures) {

    public CourseSnapshot {
        abilities = List.copyOf(abilities);
        lecturers = List.copyOf(lecturers);
        lectures = List.copyOf(lectures);
    }

    /** One lecture, with its materials. */
    public record Lecture(long id, int position, String title, String summary, long views, List<Material> materials) {

        public Lecture {
            materials = List.copyOf(materials);
        }
    }

    /**
     * One material: its state and where its derived text and cues are, if processing made them.
     *
     * @param textKey the extracted text object, or null
     * @param cuesKey the WebVTT object of its subtitles, or null
     */
    public record Material(long id, MaterialSlot slot, String originalName, ProcessingState state, String textKey,
                           String cuesKey) {

        /** Whether it has words to search: only such materials get a document of their own. */
        public boolean searchable() {
            return state == ProcessingState.READY && (textKey != null || cuesKey != null);
        }

        /** Whether a document of its own may exist from earlier processing: a slot that carries text. */
        public boolean mayHaveDocument() {
            return slot == MaterialSlot.DOCUMENT || slot == MaterialSlot.SLIDES || slot == MaterialSlot.SUBTITLE;
        }
    }
}
