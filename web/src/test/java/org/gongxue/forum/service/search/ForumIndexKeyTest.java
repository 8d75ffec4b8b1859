package org.gongxue.forum.service.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForumIndexKeyTest {

    @Test
    void keysReadBackAsWritten() {
        assertThat(ForumIndexKey.attachment(12).toString()).isEqualTo("attachment:12");
        assertThat(ForumIndexKey.parse("thread:5")).isEqualTo(ForumIndexKey.thread(5));
        assertThat(ForumIndexKey.parse(ForumIndexKey.space(3).toString()).scope()).isEqualTo(ForumIndexKey.Scope.SPACE);
    }

    @Test
    void textThatIsNoKeyIsRefused() {
        assertThatThrownBy(() -> ForumIndexKey.parse("12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForumIndexKey.parse("course:12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForumIndexKey.parse("post:12")).as("posts are indexed through their thread")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForumIndexKey.parse("thread:x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentIdsNameTheirPost() {
        assertThat(ForumDocuments.postOf(ForumDocuments.postId(42))).hasValue(42);
        assertThat(ForumDocuments.postOf("course-42")).isEmpty();
        assertThat(ForumDocuments.postOf("forum-post-x")).isEmpty();
        assertThat(ForumDocuments.postOf(null)).isEmpty();
    }
}
