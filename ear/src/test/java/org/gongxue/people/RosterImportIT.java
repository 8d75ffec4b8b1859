package org.gongxue.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gongxue.people.service.Actors;
import org.gongxue.people.service.PeopleQuery;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonView;
import org.gongxue.people.service.RosterImportService;
import org.gongxue.people.service.roster.RosterPreview;
import org.gongxue.people.service.roster.RosterProblem;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organization department imports its roster: the preview names every bad row and writes
 * nothing; a clean roster comes in whole; a roster with any problem changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RosterImportIT {

    private static final String HEADER = "姓名,手机号,区县,单位,职务,角色\n";
    private static final String PASSWORD = "Chushi2026mima";

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(RosterImportIT.class);
    }

    @Inject
    RosterImportService rosterImport;

    @Inject
    PeopleService people;

    @Inject
    Actors actors;

    @Test
    void aRosterWithOneBadRowIsPreviewedWithItsProblemAndImportsNoOne() {
        Actor admin = actor("admin.qingpu");
        String goodPhone = newPhone();
        byte[] roster = csv(HEADER
                + "张伟," + goodPhone + ",青浦区,青浦区委组织部,科长,干部学员\n"
                + "李娜,1380000,青浦区,青浦区委党校,,教师\n");
        long before = countOf(admin, "");

        RosterPreview preview = rosterImport.preview(admin, roster);
        RosterPreview decided = rosterImport.commit(admin, roster, PASSWORD);

        assertThat(preview.canCommit()).isFalse();
        assertThat(preview.getInvalidRowCount()).isEqualTo(1);
        assertThat(preview.getRows().get(1).getProblems()).extracting(RosterProblem::getKey)
                .containsExactly("roster.row.phoneInvalid");
        assertThat(decided.canCommit()).isFalse();
        assertThat(countOf(admin, goodPhone)).isZero();
        assertThat(countOf(admin, "")).isEqualTo(before);
    }

    @Test
    void aLocalityAdministratorCannotImportPeopleOfAnotherLocality() {
        Actor admin = actor("admin.qingpu");
        String phone = newPhone();
        byte[] roster = csv(HEADER + "王芳," + phone + ",吴江区,吴江区委党校,,干部学员\n");

        RosterPreview decided = rosterImport.commit(admin, roster, PASSWORD);

        assertThat(decided.getRows().get(0).getProblems()).extracting(RosterProblem::getKey)
                .contains("roster.row.localityNotManaged");
        assertThat(countOf(actor("platform.admin"), phone)).isZero();
    }

    @Test
    void aCleanRosterImportsEveryoneWhoMustThenChangeTheirPassword() {
        Actor admin = actor("platform.admin");
        String first = newPhone();
        String second = newPhone();
        byte[] roster = csv(HEADER
                + "赵敏," + first + ",嘉善县,嘉善县委党校,副校长,教师、专家\n"
                + "钱进," + second + ",示范区,示范区执委会,,\n");

        RosterPreview decided = rosterImport.commit(admin, roster, PASSWORD);

        assertThat(decided.canCommit()).isTrue();
        List<PersonView> imported = people.search(admin, PeopleQuery.firstPage(first, 10)).getRows();
        assertThat(imported).singleElement().satisfies(person -> {
            assertThat(person.getName()).isEqualTo("赵敏");
            assertThat(person.getLocalityCode()).isEqualTo("JIASHAN");
            assertThat(person.getUnitName()).isEqualTo("嘉善县委党校");
            assertThat(person.isMustChangePassword()).isTrue();
        });
        assertThat(countOf(admin, second)).isEqualTo(1);
    }

    @Test
    void aWeakInitialPasswordIsRefusedBeforeAnythingIsWritten() {
        Actor admin = actor("platform.admin");
        String phone = newPhone();
        byte[] roster = csv(HEADER + "孙丽," + phone + ",青浦区,青浦区委党校,,\n");

        assertThatThrownBy(() -> rosterImport.commit(admin, roster, "123"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(countOf(admin, phone)).isZero();
    }

    private Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }

    private long countOf(Actor admin, String text) {
        return people.search(admin, PeopleQuery.firstPage(text, 1)).getTotal();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A mobile number no earlier run used: the test database outlives a single run. */
    private static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
