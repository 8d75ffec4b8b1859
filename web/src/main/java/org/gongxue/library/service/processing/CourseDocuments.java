package org.gongxue.library.service.processing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.library.service.LibraryDocuments;
import org.gongxue.library.service.LibraryFacet;
import org.gongxue.search.index.SearchDocument;

/**
 * The search documents of a course: one for the course itself (title, summary and the titles
 * and summaries of its lectures) and one for each material with words of its own (a document's text,
 * subtitles' lines). All carry the course's audience and facets and collapse into the course's
 * group ({@code parent_id} = the course's document).
 *
 * <p>Ids, kinds and facets follow {@link LibraryDocuments} and {@link LibraryFacet}, which search
 * reads hits back by.
 */
public final class CourseDocuments {

    /** Years of publication are the zone's, whatever the server's clock zone. */
    private static final ZoneId ZONE_TIME = ZoneId.of("Asia/Shanghai");

    private CourseDocuments() {
    }

    /**
     * The documents of a published course.
     *
     * @param contents reads the words of a searchable material (called for those only)
     */
    public static List<SearchDocument> of(CourseSnapshot course,
                                          Function<CourseSnapshot.Material, MaterialContent> contents) {
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(course(course));
        for (CourseSnapshot.Lecture lecture : course.lectures()) {
            for (CourseSnapshot.Material material : lecture.materials()) {
                if (material.searchable()) {
                    documents.add(material(course, lecture, material, contents.apply(material)));
                }
            }
        }
        return documents;
    }

    /** The ids of the documents the course has in the index, or may have had: what to remove when it leaves it. */
    public static List<String> allIds(CourseSnapshot course) {
        return Stream.concat(Stream.of(LibraryDocuments.courseId(course.id())), materialDocuments(course, material -> true))
                .toList();
    }

    /** The ids of material documents a published course must not have (any more): its text-bearing materials that are not ready. */
    public static List<String> staleIds(CourseSnapshot course) {
        return materialDocuments(course, material -> !material.searchable()).toList();
    }

    private static Stream<String> materialDocuments(CourseSnapshot course,
                                                    Predicate<CourseSnapshot.Material> which) {
        return course.lectures().stream().flatMap(lecture -> lecture.materials().stream())
                .filter(CourseSnapshot.Material::mayHaveDocument)
                .filter(which)
                .map(material -> LibraryDocuments.materialId(material.id()));
    }

    static SearchDocument course(CourseSnapshot course) {
        // The lecturers' names are searched in their facet, not here.
        List<String> body = new ArrayList<>();
        for (CourseSnapshot.Lecture lecture : course.lectures()) {
            body.add(lecture.title());
            if (lecture.summary() != null) {
                body.add(lecture.summary());
            }
        }
        List<String> materialTypes = course.lectures().stream().flatMap(lecture -> lecture.materials().stream())
                .filter(material -> material.state() == ProcessingState.READY)
                .map(CourseSnapshot.Material::slot).distinct().sorted().map(MaterialSlot::name).toList();
        return new SearchDocument(LibraryDocuments.courseId(course.id()), LibraryDocuments.COURSE_KIND, null, course.title(), course.summary(),
                String.join("\n", body), audience(course), facets(course, materialTypes), course.publishedAt(),
                course.views());
    }

    static SearchDocument material(CourseSnapshot course, CourseSnapshot.Lecture lecture,
                                   CourseSnapshot.Material material, MaterialContent content) {
        // Every word once: a document's pages as sections, the rest as its body; subtitles as cues.
        return new SearchDocument(LibraryDocuments.materialId(material.id()), LibraryDocuments.MATERIAL_KIND, LibraryDocuments.courseId(course.id()),
                lecture.title(), material.originalName(), content.text(), audience(course),
                facets(course, List.of(material.slot().name())), course.publishedAt(), lecture.views(),
                content.cues(), content.sections());
    }

    private static Set<String> audience(CourseSnapshot course) {
        return Set.of(course.audience());
    }

    private static Map<String, List<String>> facets(CourseSnapshot course, List<String> materialTypes) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put(LibraryFacet.TOPIC.indexName(), List.of(course.topicCode()));
        facets.put(LibraryFacet.ABILITY.indexName(), course.abilities());
        facets.put(LibraryFacet.LOCALITY.indexName(), List.of(course.localityCode()));
        facets.put(LibraryFacet.LECTURER.indexName(), course.lecturers());
        facets.put(LibraryFacet.MATERIAL_TYPE.indexName(), materialTypes);
        if (course.publishedAt() != null) {
            facets.put(LibraryFacet.YEAR.indexName(),
                    List.of(Integer.toString(course.publishedAt().atZone(ZONE_TIME).getYear())));
        }
        facets.values().removeIf(List::isEmpty);
        return facets;
    }
}
