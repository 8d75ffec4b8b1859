package org.gongxue.library.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aChineseNameIsGivenInUtf8WithAnAsciiFallback() {
        assertThat(ContentDisposition.of("营商环境 讲义.pdf", true)).isEqualTo(
                "attachment; filename=\"____ __.pdf\"; filename*=UTF-8''%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83%20%E8%AE%B2%E4%B9%89.pdf");
    }

    @Test
    void quotesBackslashesAndControlCharactersCannotBreakOutOfTheHeader() {
        String header = ContentDisposition.of("a\"b\\c\r\nSet-Cookie: x.pdf", false);

        assertThat(header).startsWith("inline; filename=\"a_b_c__Set-Cookie: x.pdf\"; filename*=UTF-8''")
                .doesNotContain("\r", "\n");
    }

    @Test
    void onlyTypesABrowserShowsWithoutRunningTheFileAreShownInThePage() {
        assertThat(ContentDisposition.showableInPage("application/pdf")).isTrue();
        assertThat(ContentDisposition.showableInPage("video/mp4")).isTrue();
        assertThat(ContentDisposition.showableInPage("text/vtt;charset=utf-8")).isTrue();
        assertThat(ContentDisposition.showableInPage("text/html")).isFalse();
        assertThat(ContentDisposition.showableInPage("image/svg+xml")).isFalse();
        assertThat(ContentDisposition.showableInPage("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isFalse();
        assertThat(ContentDisposition.showableInPage("")).isFalse();
    }
}
