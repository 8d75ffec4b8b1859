package org.gongxue.people.service.roster;

import org.gongxue.platform.access.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gongxue.people.service.roster.RosterFiles.HEADER;
import static org.gongxue.people.service.roster.RosterFiles.csv;
import static org.gongxue.people.service.roster.RosterFiles.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RosterImportTest {

    private static final List<?> ZHANG = List.of("张伟", "zhangwei", "13800000001", "zhangwei@qingpu.gov.cn", "青浦区",
            "青浦区委组织部", "科长", "干部学员");
    private static final List<?> LI = List.of("李娜", "", "13900000002", "", "吴江", "吴江区委党校", "", "教师、专家");

    private final RosterImport rosterImport = new RosterImport(RosterLimits.DEFAULTS);
    private final InMemoryRosterDirectory directory = new InMemoryRosterDirectory();

    @Test
    void aCleanWorkbookCanBeCommittedAsNewPeople() throws IOException {
        RosterPreview preview = preview(xlsx(List.of(HEADER, ZHANG, LI)));

        assertThat(preview.getFileProblems()).isEmpty();
        assertThat(preview.getRowCount()).isEqualTo(2);
        assertThat(preview.getValidRowCount()).isEqualTo(2);
        assertThat(preview.canCommit()).isTrue();
        assertThat(preview.newPeople()).containsExactly(
                new NewPerson("zhangwei", "张伟", "13800000001", "zhangwei@qingpu.gov.cn", "QINGPU",
                        "青浦区委组织部", "科长", Set.of(Role.CADRE)),
                new NewPerson("13900000002", "李娜", "13900000002", null, "WUJIANG", "吴江区委党校", null,
                        Set.of(Role.TEACHER, Role.EXPERT)));
        assertThat(preview.getRows()).extracting(RosterRow::getRowNumber).containsExactly(2, 3);
    }

    static Stream<Arguments> csvEncodings() {
        return Stream.of(
                Arguments.of(StandardCharsets.UTF_8, false),
                Arguments.of(StandardCharsets.UTF_8, true),
                Arguments.of(Charset.forName("GBK"), false));
    }

    @ParameterizedTest(name = "{0}, byte order mark: {1}")
    @MethodSource("csvEncodings")
    void csvIsReadInUtf8WithOrWithoutByteOrderMarkAndInGbk(Charset charset, boolean byteOrderMark) throws IOException {
        RosterPreview preview = preview(csv(charset, byteOrderMark, List.of(HEADER, ZHANG, LI)));

        assertThat(preview.canCommit()).as("%s", preview.getFileProblems()).isTrue();
        assertThat(preview.newPeople()).extracting(NewPerson::name, NewPerson::unit)
                .containsExactly(
                        tuple("张伟", "青浦区委组织部"),
                        tuple("李娜", "吴江区委党校"));
    }

    @Test
    void englishAndAlternativeHeadersAreRecognisedWhateverTheirOrderAndATitleRowAboveIsSkipped() throws IOException {
        RosterPreview preview = preview(xlsx(List.of(
                List.of("2025年青浦区干部培训名单"),
                List.of("序号", "Mobile", "NAME", "属地", "工作单位", "账号", "Role", "备注"),
                List.of(1, "13800000001", "张伟", "青浦", "青浦区委党校", "ZhangWei", "cadre, teacher", "无"))));

        assertThat(preview.canCommit()).as("%s", preview.getFileProblems()).isTrue();
        assertThat(preview.newPeople()).containsExactly(new NewPerson("zhangwei", "张伟", "13800000001", null,
                "QINGPU", "青浦区委党校", null, Set.of(Role.CADRE, Role.TEACHER)));
        assertThat(preview.getRows().get(0).getRowNumber()).isEqualTo(3);
    }

    @Test
    void fullWidthSpacesDigitsAndSignsAreTidied() throws IOException {
        RosterPreview preview = preview(csv(Charset.forName("GBK"), false, List.of(
                List.of("姓名＊", "手机", "电子邮箱", "区县", "单位", "角色"),
                List.of("\u3000王芳\u3000", "１３７ ００００ ０００３", "ｗａｎｇ＠ｊｉａｓｈａｎ．ｇｏｖ．ｃｎ", "嘉善县\u3000",
                        " 嘉善县委党校 ", "干部学员，专家；教师"))));

        assertThat(preview.canCommit()).as("%s %s", preview.getFileProblems(), preview.getRows()).isTrue();
        assertThat(preview.newPeople()).containsExactly(new NewPerson("13700000003", "王芳", "13700000003",
                "wang@jiashan.gov.cn", "JIASHAN", "嘉善县委党校", null,
                Set.of(Role.CADRE, Role.EXPERT, Role.TEACHER)));
    }

    @Test
    void aPhoneTypedAsANumberOrWithTheCountryCodeReadsAsElevenDigits() throws IOException {
        RosterPreview preview = preview(xlsx(List.of(HEADER,
                List.of("张伟", "", 13800000001L, "", "青浦区", "青浦区委党校", "", ""),
                List.of("李娜", "", "+86 139-0000-0002", "", "示范区", "示范区执委会", "", ""))));

        assertThat(preview.getRows()).extracting(RosterRow::getPhone).containsExactly("13800000001", "13900000002");
        assertThat(preview.canCommit()).isTrue();
    }

    static Stream<Arguments> rowProblems() {
        return Stream.of(
                problem(row("", "13800000001", "青浦区", "青浦区委党校", ""), RosterProblemKind.NAME_MISSING),
                problem(row("张伟", "", "青浦区", "青浦区委党校", ""), RosterProblemKind.PHONE_MISSING),
                problem(row("张伟", "2380000000", "青浦区", "青浦区委党校", ""), RosterProblemKind.PHONE_INVALID,
                        "2380000000"),
                problem(row("张伟", "13800000001", "", "青浦区委党校", ""), RosterProblemKind.LOCALITY_MISSING),
                problem(row("张伟", "13800000001", "松江区", "青浦区委党校", ""), RosterProblemKind.LOCALITY_UNKNOWN,
                        "松江区"),
                problem(row("张伟", "13800000001", "青浦区", "", ""), RosterProblemKind.UNIT_MISSING),
                problem(row("张伟", "13800000001", "青浦", "吴江区委党校", ""), RosterProblemKind.UNIT_UNKNOWN,
                        "吴江区委党校", "青浦"),
                problem(row("张伟", "13800000001", "青浦区", "青浦区委党校", "干部学员、校长"),
                        RosterProblemKind.ROLE_UNKNOWN, "校长"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rowProblems")
    void eachRowProblemIsReportedWithItsArguments(List<?> row, RosterProblemKind kind, List<String> arguments)
            throws IOException {
        RosterPreview preview = preview(xlsx(List.of(List.of("姓名", "手机号", "区县", "单位", "角色"), row)));

        assertThat(onlyProblem(preview)).satisfies(problem -> {
            assertThat(problem.getKind()).isEqualTo(kind);
            assertThat(problem.getArguments()).isEqualTo(arguments);
        });
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(preview::newPeople).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLoginNameTheAccountsCannotTakeIsReported() throws IOException {
        List<Object> row = new ArrayList<>(ZHANG);
        row.set(1, "张伟");

        assertThat(onlyProblem(preview(xlsx(List.of(HEADER, row))))).satisfies(problem -> {
            assertThat(problem.getKind()).isEqualTo(RosterProblemKind.USERNAME_INVALID);
            assertThat(problem.getArguments()).containsExactly("张伟");
        });
    }

    @Test
    void aBadEmailIsReported() throws IOException {
        List<Object> row = new ArrayList<>(ZHANG);
        row.set(3, "zhangwei@qingpu");

        assertThat(onlyProblem(preview(xlsx(List.of(HEADER, row)))).getKind())
                .isEqualTo(RosterProblemKind.EMAIL_INVALID);
    }

    @Test
    void peopleListedTwiceAreReportedOnTheLaterRowWithTheFirstRowsNumber() throws IOException {
        RosterPreview preview = preview(xlsx(List.of(HEADER, ZHANG,
                List.of("张伟", "ZHANGWEI", "13800000009", "", "青浦区", "青浦区委党校", "", ""),
                LI,
                List.of("李娜", "", "13900000002", "", "吴江区", "吴江区委党校", "", ""))));

        assertThat(preview.getRows().get(0).isValid()).isTrue();
        assertThat(problemsOf(preview, 1)).extracting(RosterProblem::getKind, RosterProblem::getArguments)
                .containsExactly(tuple(RosterProblemKind.DUPLICATE_USERNAME,
                        List.of("zhangwei", "2")));
        // The user name defaulted to the phone: one clash, reported once.
        assertThat(problemsOf(preview, 3)).extracting(RosterProblem::getKind, RosterProblem::getArguments)
                .containsExactly(tuple(RosterProblemKind.DUPLICATE_PHONE,
                        List.of("13900000002", "4")));
        assertThat(preview.getInvalidRowCount()).isEqualTo(2);
    }

    @Test
    void peopleAlreadyRegisteredAreReported() throws IOException {
        directory.withRegistered("zhangwei", "13000000000").withRegistered("13999999999", "13900000002");

        RosterPreview preview = preview(xlsx(List.of(HEADER, ZHANG, LI)));

        assertThat(problemsOf(preview, 0)).extracting(RosterProblem::getKind)
                .containsExactly(RosterProblemKind.USERNAME_TAKEN);
        assertThat(problemsOf(preview, 1)).extracting(RosterProblem::getKind)
                .containsExactly(RosterProblemKind.PHONE_TAKEN);
    }

    @Test
    void aLocalityAdministratorImportsOnlyTheirOwnLocalityAndNoPlatformAdministrators() throws IOException {
        directory.actingForLocalityAdministratorOf("QINGPU");

        RosterPreview preview = preview(xlsx(List.of(HEADER,
                List.of("张伟", "", "13800000001", "", "青浦区", "青浦区委党校", "", "干部学员 平台管理员"),
                LI)));

        assertThat(problemsOf(preview, 0)).extracting(RosterProblem::getKind, RosterProblem::getArguments)
                .containsExactly(tuple(RosterProblemKind.ROLE_NOT_ALLOWED,
                        List.of("平台管理员")));
        assertThat(problemsOf(preview, 1)).extracting(RosterProblem::getKind, RosterProblem::getArguments)
                .containsExactly(tuple(RosterProblemKind.LOCALITY_NOT_MANAGED,
                        List.of("吴江")));
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersStayThoseOfTheFile() throws IOException {
        RosterPreview preview = preview(csv(StandardCharsets.UTF_8, false,
                List.of(HEADER, ZHANG, List.of("", "", ""), LI)));

        assertThat(preview.getRows()).extracting(RosterRow::getRowNumber).containsExactly(2, 4);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThat(fileProblem(new byte[0])).isEqualTo(RosterProblemKind.FILE_EMPTY);
        assertThat(fileProblem(" \r\n,,\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(RosterProblemKind.FILE_EMPTY);
    }

    @Test
    void aHeaderWithoutRowsIsRefused() throws IOException {
        assertThat(fileProblem(xlsx(List.of(HEADER)))).isEqualTo(RosterProblemKind.FILE_NO_ROWS);
    }

    @Test
    void missingRequiredColumnsAreNamedInOneFileProblem() throws IOException {
        RosterPreview preview = preview(xlsx(List.of(List.of("姓名", "区县", "职务"), List.of("张伟", "青浦区", "科长"))));

        assertThat(preview.getFileProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.getKind()).isEqualTo(RosterProblemKind.FILE_MISSING_COLUMNS);
            assertThat(problem.getArguments()).containsExactly("手机号、单位");
        });
        assertThat(preview.getRows()).isEmpty();
        assertThat(preview.canCommit()).isFalse();
    }

    @Test
    void aFileWithoutAnyRosterHeaderIsRefusedAsMissingColumns() throws IOException {
        byte[] notARoster = "Lorem ipsum dolor sit amet\nconsectetur adipiscing elit\n".getBytes(StandardCharsets.UTF_8);

        assertThat(fileProblem(notARoster)).isEqualTo(RosterProblemKind.FILE_MISSING_COLUMNS);
    }

    @Test
    void aColumnNamedTwiceIsRefused() throws IOException {
        List<String> header = new ArrayList<>(HEADER);
        header.add("手机");

        assertThat(fileProblem(xlsx(List.of(header, ZHANG)))).isEqualTo(RosterProblemKind.FILE_DUPLICATE_COLUMN);
    }

    @Test
    void aRenamedProgramIsRefusedAsUnsupported() throws IOException {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[60] = (byte) 0x80;

        assertThat(fileProblem(program)).isEqualTo(RosterProblemKind.FILE_UNSUPPORTED_TYPE);
    }

    @Test
    void aZipThatIsNoWorkbookIsRefusedAsUnsupported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(fileProblem(out.toByteArray())).isEqualTo(RosterProblemKind.FILE_UNSUPPORTED_TYPE);
    }

    @Test
    void aLegacyXlsOrEncryptedWorkbookGetsItsOwnMessage() throws IOException {
        byte[] ole2 = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}, 512);

        assertThat(fileProblem(ole2)).isEqualTo(RosterProblemKind.FILE_LEGACY_OR_ENCRYPTED);
    }

    @Test
    void aCorruptWorkbookIsRefusedWithoutAnException() throws IOException {
        byte[] workbook = xlsx(List.of(HEADER, ZHANG, LI));

        assertThat(fileProblem(Arrays.copyOf(workbook, workbook.length / 2)))
                .isEqualTo(RosterProblemKind.FILE_UNREADABLE);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        RosterImport smallImports = new RosterImport(new RosterLimits(1024 * 1024, 10 * 1024 * 1024, 100));

        RosterPreview preview = smallImports.preview(new ByteArrayInputStream(new byte[1024 * 1024 + 1]), directory);

        assertThat(preview.getFileProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.getKind()).isEqualTo(RosterProblemKind.FILE_TOO_LARGE);
            assertThat(problem.getArguments()).containsExactly("1");
        });
    }

    @Test
    void aWorkbookThatUnpacksBeyondTheLimitIsRefused() throws IOException {
        RosterImport smallImports = new RosterImport(new RosterLimits(1024 * 1024, 4 * 1024, 100));

        RosterPreview preview = smallImports.preview(new ByteArrayInputStream(xlsx(List.of(HEADER, ZHANG))), directory);

        assertThat(preview.getFileProblems()).extracting(RosterProblem::getKind)
                .containsExactly(RosterProblemKind.FILE_TOO_LARGE_UNPACKED);
    }

    @Test
    void tooManyRowsAreRefusedWithTheLimit() throws IOException {
        RosterImport smallImports = new RosterImport(new RosterLimits(1024 * 1024, 10 * 1024 * 1024, 3));
        List<List<?>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 4; i++) {
            rows.add(List.of("学员" + i, "", "1380000000" + i, "", "青浦区", "青浦区委党校", "", ""));
        }

        for (byte[] file : List.of(xlsx(rows), csv(StandardCharsets.UTF_8, false, rows))) {
            RosterPreview preview = smallImports.preview(new ByteArrayInputStream(file), directory);
            assertThat(preview.getFileProblems()).singleElement().satisfies(problem -> {
                assertThat(problem.getKind()).isEqualTo(RosterProblemKind.FILE_TOO_MANY_ROWS);
                assertThat(problem.getArguments()).containsExactly("3");
            });
        }
        assertThat(smallImports.preview(new ByteArrayInputStream(xlsx(rows.subList(0, 4))), directory).canCommit())
                .isTrue();
    }

    @Test
    void aCsvWithABrokenQuoteIsRefusedAsUnreadable() throws IOException {
        byte[] broken = "姓名,手机号,区县,单位\n\"张伟,13800000001,青浦区,青浦区委党校\n".getBytes(StandardCharsets.UTF_8);

        assertThat(fileProblem(broken)).isEqualTo(RosterProblemKind.FILE_UNREADABLE);
    }

    private RosterPreview preview(byte[] file) throws IOException {
        return rosterImport.preview(new ByteArrayInputStream(file), directory);
    }

    private RosterProblemKind fileProblem(byte[] file) throws IOException {
        RosterPreview preview = preview(file);
        assertThat(preview.getRows()).isEmpty();
        assertThat(preview.canCommit()).isFalse();
        return preview.getFileProblems().get(0).getKind();
    }

    private static RosterProblem onlyProblem(RosterPreview preview) {
        assertThat(preview.getFileProblems()).isEmpty();
        assertThat(preview.getRows()).hasSize(1);
        assertThat(preview.getRows().get(0).getProblems()).hasSize(1);
        return preview.getRows().get(0).getProblems().get(0);
    }

    private static List<RosterProblem> problemsOf(RosterPreview preview, int index) {
        assertThat(preview.getFileProblems()).isEmpty();
        return preview.getRows().get(index).getProblems();
    }

    /** A row under the header 姓名, 手机号, 区县, 单位, 角色. */
    private static List<?> row(String name, String phone, String locality, String unit, String roles) {
        return List.of(name, phone, locality, unit, roles);
    }

    private static Arguments problem(List<?> row, RosterProblemKind kind, String... arguments) {
        return Arguments.of(row, kind, List.of(arguments));
    }
}
