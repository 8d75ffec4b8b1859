package org.gongxue.forum.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.forum.service.demo.DemoForumContent.DemoReply;
import org.gongxue.forum.service.demo.DemoForumContent.DemoSpace;
import org.gongxue.forum.service.demo.DemoForumContent.DemoThread;
import org.junit.jupiter.api.Test;

class DemoForumContentTest {

    private final DemoForumContent content = DemoForumContent.load();

    @Test
    void theCommitteeAndTheSalonAreForMembersAndCadresHaveAnOpenSpace() {
        assertThat(content.spaces()).filteredOn(space -> space.kind() == SpaceKind.EXPERT_COMMITTEE
                || space.kind() == SpaceKind.SALON).hasSize(2)
                .allSatisfy(space -> assertThat(space.visibility()).isEqualTo(SpaceVisibility.MEMBERS));
        assertThat(content.spaces()).filteredOn(space -> space.visibility() == SpaceVisibility.ZONE).isNotEmpty();
    }

    @Test
    void inMembersOnlySpacesOnlyMembersWrite() {
        assertThat(content.spaces()).filteredOn(space -> space.visibility() == SpaceVisibility.MEMBERS)
                .allSatisfy(space -> space.threads().forEach(thread -> {
                    assertThat(space.members()).contains(thread.author());
                    assertThat(thread.replies()).allSatisfy(reply -> assertThat(space.members()).contains(reply.author()));
                }));
    }

    @Test
    void aQuoteIsWordForWordPartOfTheReplyBeforeIt() {
        for (DemoSpace space : content.spaces()) {
            for (DemoThread thread : space.threads()) {
                for (int i = 0; i < thread.replies().size(); i++) {
                    DemoReply reply = thread.replies().get(i);
                    if (reply.quotesPrevious() != null) {
                        assertThat(i).as("the first reply has no reply before it to quote").isPositive();
                        assertThat(thread.replies().get(i - 1).html()).contains(reply.quotesPrevious());
                    }
                }
            }
        }
    }
}
