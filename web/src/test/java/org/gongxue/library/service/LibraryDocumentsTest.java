package org.gongxue.library.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryDocumentsTest {

    @Test
    void idsReadBackAsTheirCourseOrMaterial() {
        assertThat(LibraryDocuments.courseOf(LibraryDocuments.courseId(12))).hasValue(12);
        assertThat(LibraryDocuments.materialOf(LibraryDocuments.materialId(34))).hasValue(34);
    }

    @Test
    void idsOfOtherThingsNameNoCourseOrMaterial() {
        assertThat(LibraryDocuments.courseOf(LibraryDocuments.materialId(34))).isEmpty();
        assertThat(LibraryDocuments.materialOf(LibraryDocuments.courseId(12))).isEmpty();
        assertThat(LibraryDocuments.courseOf("post-5")).isEmpty();
        assertThat(LibraryDocuments.courseOf("course-")).isEmpty();
        assertThat(LibraryDocuments.courseOf("course-99999999999999999999")).isEmpty();
        assertThat(LibraryDocuments.courseOf(null)).isEmpty();
    }

    @Test
    void facetsAreFoundByTheirIndexName() {
        for (LibraryFacet facet : LibraryFacet.values()) {
            assertThat(LibraryFacet.byIndexName(facet.indexName())).contains(facet);
        }
        assertThat(LibraryFacet.TOPIC.labelKey("ECO_GREEN")).contains("topic.ECO_GREEN");
        assertThat(LibraryFacet.LECTURER.labelKey("周海燕")).isEmpty();
    }

    @Test
    void playerTimesAreMinutesAndSecondsOrHours() {
        assertThat(PlayerTime.format(0)).isEqualTo("0:00");
        assertThat(PlayerTime.format(75)).isEqualTo("1:15");
        assertThat(PlayerTime.format(3725)).isEqualTo("1:02:05");
    }
}
