package org.gongxue.platform.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagTest {

    @Test
    void aStoreEtagBecomesAStrongQuotedTag() {
        assertThat(EntityTag.strongFromStore("9bb58f26192e4ba00f01e2e7b136bbd8-3"))
                .hasValueSatisfying(tag -> assertThat(tag.headerValue())
                        .isEqualTo("\"9bb58f26192e4ba00f01e2e7b136bbd8-3\""));
    }

    @Test
    void aMissingOrUnsendableStoreEtagGivesNoTag() {
        assertThat(EntityTag.strongFromStore(null)).isEmpty();
        assertThat(EntityTag.strongFromStore("")).isEmpty();
        assertThat(EntityTag.strongFromStore("has\"quote")).isEmpty();
        assertThat(EntityTag.strongFromStore("has space")).isEmpty();
    }

    @Test
    void parsesAListWithWeakTagsCommasInsideTagsAndJunk() {
        assertThat(EntityTag.parseList("\"a\", W/\"b\",\"c,d\" , junk, \"e"))
                .containsExactly(new EntityTag("a", false), new EntityTag("b", true), new EntityTag("c,d", false));
    }

    @Test
    void parsesOneTagForIfRange() {
        assertThat(EntityTag.parseSingle(" \"abc\" ")).contains(new EntityTag("abc", false));
        assertThat(EntityTag.parseSingle("W/\"abc\"")).contains(new EntityTag("abc", true));
        assertThat(EntityTag.parseSingle("abc")).isEmpty();
        assertThat(EntityTag.parseSingle("\"a\", \"b\"")).isEmpty();
    }

    @Test
    void strongComparisonNeedsBothStrong() {
        EntityTag strong = new EntityTag("1", false);

        assertThat(strong.strongMatch(new EntityTag("1", false))).isTrue();
        assertThat(strong.strongMatch(new EntityTag("1", true))).isFalse();
        assertThat(strong.strongMatch(new EntityTag("2", false))).isFalse();
    }

    @Test
    void weakComparisonIgnoresWeakness() {
        EntityTag strong = new EntityTag("1", false);

        assertThat(strong.weakMatch(new EntityTag("1", true))).isTrue();
        assertThat(strong.weakMatch(new EntityTag("2", true))).isFalse();
    }
}
