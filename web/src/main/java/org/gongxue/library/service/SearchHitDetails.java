package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongxue.library.model.Course;
import org.gongxue.library.model.Lecturer;
import org.gongxue.library.model.Material;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.access.AudienceSet;
import org.gongxue.search.index.ContentHit;

/**
 * Turns grouped index hits into courses and materials as the database has them now. The index
 * lags behind the database by a moment (and more while Elasticsearch is down): a course withdrawn
 * or narrowed since, or a material deleted since, is left out here rather than shown.
 */
@ApplicationScoped
@Transactional
class SearchHitDetails {

    private static final String TITLE = "title";
    private static final List<String> PASSAGE_FIELDS = List.of("summary", "body");

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    /**
     * @param hits      one hit per course group, best first
     * @param withWords whether the search had words: only then do the materials that matched say
     *                  something (without words every document matches)
     */
    List<CourseHit> courses(Actor reader, AudienceSet audiences, List<ContentHit> hits, boolean withWords) {
        Map<Long, Course> courses = byId(Course.class, hits.stream()
                .map(hit -> LibraryDocuments.courseOf(hit.groupId())), Course::getId);
        Map<Long, Material> materials = withWords ? byId(Material.class, hits.stream()
                .flatMap(SearchHitDetails::documents)
                .map(document -> LibraryDocuments.materialOf(document.id())), Material::getId) : Map.of();
        List<CourseHit> found = new ArrayList<>();
        for (ContentHit hit : hits) {
            Course course = courses.get(LibraryDocuments.courseOf(hit.groupId()).orElse(-1));
            if (course != null && CourseRules.mayView(reader, audiences, course)) {
                found.add(courseHit(course, hit, materials));
            }
        }
        return found;
    }

    private static CourseHit courseHit(Course course, ContentHit hit, Map<Long, Material> materials) {
        ContentHit courseDocument = documents(hit)
                .filter(document -> LibraryDocuments.courseOf(document.id()).isPresent())
                .findFirst().orElse(null);
        List<MaterialHit> materialHits = new ArrayList<>();
        documents(hit).forEach(document -> {
            Material material = materials.get(LibraryDocuments.materialOf(document.id()).orElse(-1));
            // A material moved to another course's lecture is that course's now.
            if (material != null && material.getLecture().getCourse().getId().equals(course.getId())) {
                materialHits.add(materialHit(material, document));
            }
        });
        String titleSnippet = courseDocument == null ? null : first(courseDocument.snippets().get(TITLE));
        return new CourseHit(course.getId(), course.getTitle(), titleSnippet,
                courseDocument == null ? List.of() : passages(courseDocument),
                course.getTopicCode(), course.getLocalityCode(),
                course.getLecturers().stream().map(Lecturer::getName).toList(), course.getViewCount(),
                course.getPublishedAt(), materialHits);
    }

    private static MaterialHit materialHit(Material material, ContentHit document) {
        return new MaterialHit(material.getId(), material.getLecture().getId(), material.getLecture().getPosition(),
                material.getLecture().getTitle(), material.getSlot(), material.getOriginalName(), passages(document),
                document.cues().stream().map(cue -> new CuePlace(cue.startSecond(), cue.snippet())).toList(),
                document.sections().stream().map(section -> new PagePlace(section.number(), section.snippet()))
                        .toList());
    }

    /** The hit that stands for a group and the group's next best matches. */
    private static Stream<ContentHit> documents(ContentHit hit) {
        return Stream.concat(Stream.of(hit), hit.sameGroup().stream());
    }

    private static List<String> passages(ContentHit document) {
        return PASSAGE_FIELDS.stream()
                .flatMap(field -> document.snippets().getOrDefault(field, List.of()).stream())
                .toList();
    }

    private static String first(List<String> snippets) {
        return snippets == null || snippets.isEmpty() ? null : snippets.get(0);
    }

    private <T> Map<Long, T> byId(Class<T> type, Stream<OptionalLong> ids, Function<T, Long> idOf) {
        Collection<Long> wanted = ids.filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                .collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", wanted)
                .getResultStream()
                .collect(Collectors.toMap(idOf, Function.identity()));
    }
}
