package org.gongxue.forum.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the sanitizer keeps of the editor's rich text, and what no hostile input gets through. */
class PostHtmlTest {

    @Test
    void theEditorsFormattingSurvives() {
        String html = "<p class=\"ql-align-center\"><strong>决议</strong>：<em>同意</em> <u>三地</u> <s>旧</s></p>"
                + "<ol><li>青浦</li><li class=\"ql-indent-1\">吴江</li></ol><blockquote>引用</blockquote>"
                + "<pre class=\"ql-syntax\">code</pre><p><a href=\"https://example.org/a?b=1\">链接</a></p>";

        PostHtml.SafeHtml clean = PostHtml.clean(html);

        assertThat(clean.html()).contains("<p class=\"ql-align-center\"><strong>决议</strong>", "<em>同意</em>",
                "<u>三地</u>", "<s>旧</s>", "<li class=\"ql-indent-1\">吴江</li>", "<blockquote>引用</blockquote>",
                "<pre class=\"ql-syntax\">code</pre>", "href=\"https://example.org/a?b&#61;1\"");
        // The rel words come in no fixed order.
        assertThat(clean.html()).containsPattern("rel=\"[^\"]*nofollow").containsPattern("rel=\"[^\"]*noopener")
                .containsPattern("rel=\"[^\"]*noreferrer");
        assertThat(clean.text()).isEqualTo("决议：同意 三地 旧\n青浦\n吴江\n引用\ncode\n链接");
    }

    @Test
    void headingsSitBelowThePagesOwn() {
        assertThat(PostHtml.clean("<h1>一</h1><h2>二</h2><h5>五</h5>").html()).isEqualTo("<h3>一</h3><h3>二</h3><h4>五</h4>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>安全",
            "<img src=x onerror=alert(1)>安全",
            "<p onclick=\"alert(1)\" onmouseover='alert(1)'>安全</p>",
            "<a href=\"javascript:alert(1)\">安全</a>",
            "<a href=\"JaVaScRiPt&#58;alert(1)\">安全</a>",
            "<a href=\"java\tscript:alert(1)\">安全</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">安全</a>",
            "<svg><script>alert(1)</script></svg>安全",
            "<svg onload=alert(1)><circle/></svg>安全",
            "<p style=\"width: expression(alert(1))\">安全</p>",
            "<p style=\"background:url(javascript:alert(1))\">安全</p>",
            "<style>body{background:url(javascript:alert(1))}</style>安全",
            "<iframe src=\"https://evil.example\"></iframe>安全",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">安全",
            "<form action=\"https://evil.example\"><input name=p></form>安全",
            "安全<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<p class=\"evil\" id=\"login\">安全</p>",
            "<base href=\"https://evil.example/\">安全",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">安全"
    })
    void hostileMarkupIsNeutralized(String hostile) {
        String html = PostHtml.clean(hostile).html().toLowerCase();

        assertThat(html).contains("安全").doesNotContain("<script", "onerror", "onclick", "onmouseover", "onload",
                "javascript", "data:", "expression", "style", "<svg", "<iframe", "<object", "<embed", "<form", "<input",
                "<base", "<meta", "<img", "evil", "id=");
    }

    @Test
    void markupWithoutTextIsBlank() {
        assertThat(PostHtml.clean("<p><br></p><script>x</script>").isBlank()).isTrue();
        assertThat(PostHtml.clean(null).isBlank()).isTrue();
    }
}
