package org.gongxue.forum.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void namesAfterAnAtSignAreMentionsInLowerCaseOnceEach() {
        assertThat(Mentions.in("请 @Expert.Zone 和@cadre.qingpu 看看，@expert.zone."))
                .containsExactly("expert.zone", "cadre.qingpu");
    }

    @Test
    void anEmailAddressOrALoneAtSignMentionsNobody() {
        assertThat(Mentions.in("写信到 office@gongxue.example 或者 @ 一下")).isEmpty();
        assertThat(Mentions.in(null)).isEmpty();
    }

    @Test
    void onePostMentionsAtMostTwentyPeople() {
        assertThat(Mentions.in("@user.%d ".repeat(30).formatted((Object[]) java.util.stream.IntStream.range(0, 30)
                .boxed().toArray(Integer[]::new)))).hasSize(Mentions.MAX_PER_POST);
    }
}
