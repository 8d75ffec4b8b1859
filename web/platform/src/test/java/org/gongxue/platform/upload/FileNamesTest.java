package org.gongxue.platform.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void anOrdinaryChineseNameIsKeptAsItIs() {
        assertThat(FileNames.displayName("长三角一体化 第3讲（修订版）.pptx")).contains("长三角一体化 第3讲（修订版）.pptx");
        assertThat(FileNames.displayName("Ölmühle 📄 résumé.pdf")).contains("Ölmühle 📄 résumé.pdf");
    }

    @Test
    void pathsAndTraversalLeaveOnlyTheLastSegment() {
        assertThat(FileNames.displayName("../../etc/passwd")).contains("passwd");
        assertThat(FileNames.displayName("..\\..\\Windows\\System32\\cmd.exe")).contains("cmd.exe");
        assertThat(FileNames.displayName("C:\\Users\\张三\\Desktop\\讲义.pdf")).contains("讲义.pdf");
        assertThat(FileNames.displayName("/var/tmp/课件/")).contains("课件");
        assertThat(FileNames.displayName("C:讲义.pdf")).contains("讲义.pdf");
        assertThat(FileNames.displayName("..")).isEmpty();
        assertThat(FileNames.displayName("../..\\/")).isEmpty();
    }

    @Test
    void controlAndInvisibleCharactersAreRemoved() {
        assertThat(FileNames.displayName("a\u0000b\u0007c\u007f\u0085.pdf")).contains("abc.pdf");
        assertThat(FileNames.displayName("zero\u200Bwidth\uFEFF.docx")).contains("zerowidth.docx");
        assertThat(FileNames.displayName("\uD800lone-surrogate.txt")).contains("lone-surrogate.txt");
        assertThat(FileNames.displayName("private\uE000use.txt")).contains("privateuse.txt");
        assertThat(FileNames.displayName("\u0000\u200E\u202E")).isEmpty();
    }

    @Test
    void bidirectionalOverridesCannotDisguiseTheRealExtension() {
        // Shown with the override, "invoice<RLO>fdp.exe" reads as "invoiceexe.pdf".
        assertThat(FileNames.displayName("invoice\u202Efdp.exe")).contains("invoicefdp.exe");
        assertThat(FileNames.displayName("report\u2066\u2067\u2068\u2069\u200F\u061C.pdf")).contains("report.pdf");
    }

    @Test
    void lineBreaksTabsAndOtherSpacesBecomeOneBlank() {
        assertThat(FileNames.displayName("第一讲\r\n\t讲义.pdf")).contains("第一讲 讲义.pdf");
        assertThat(FileNames.displayName("干部\u3000培训\u00A0.docx")).contains("干部 培训 .docx");
    }

    @Test
    void spacesAndDotsAtTheEndsGo() {
        assertThat(FileNames.displayName("  .hidden.pdf. . ")).contains("hidden.pdf");
        assertThat(FileNames.displayName("...")).isEmpty();
        assertThat(FileNames.displayName("   ")).isEmpty();
        assertThat(FileNames.displayName("")).isEmpty();
        assertThat(FileNames.displayName(null)).isEmpty();
    }

    @Test
    void charactersWindowsForbidsBecomeUnderscores() {
        assertThat(FileNames.displayName("a<b>c:d\"e|f?g*h.pdf")).contains("a_b_c_d_e_f_g_h.pdf");
        assertThat(FileNames.displayName("notes.txt:hidden-stream")).contains("notes.txt_hidden-stream");
    }

    @Test
    void windowsDeviceNamesAreDefused() {
        assertThat(FileNames.displayName("CON")).contains("_CON");
        assertThat(FileNames.displayName("con.txt")).contains("_con.txt");
        assertThat(FileNames.displayName("LPT1.pdf")).contains("_LPT1.pdf");
        assertThat(FileNames.displayName("nul.tar.gz")).contains("_nul.tar.gz");
        assertThat(FileNames.displayName("console.txt")).contains("console.txt");
        assertThat(FileNames.displayName("COM10.pdf")).contains("COM10.pdf");
    }

    @Test
    void decomposedCharactersAreComposed() {
        assertThat(FileNames.displayName("re\u0301sume\u0301.pdf")).contains("résumé.pdf");
    }

    @Test
    void aLongChineseNameIsCutBetweenCharactersWithinTheByteLimitKeepingItsExtension() {
        String name = "示范区干部教育培训".repeat(30) + ".pdf";

        String shown = FileNames.displayName(name).orElseThrow();

        byte[] utf8 = shown.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8.length).isLessThanOrEqualTo(FileNames.MAX_BYTES).isGreaterThan(FileNames.MAX_BYTES - 3);
        assertThat(shown).endsWith(".pdf").startsWith("示范区干部教育培训");
        assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(shown);
        assertThat(name).startsWith(shown.substring(0, shown.length() - 4));
    }

    @Test
    void aCutNeverSeparatesACombiningMarkFromItsLetter() {
        // g with a combining tilde has no precomposed form: it stays two code points, one character.
        String name = "a".repeat(FileNames.MAX_BYTES - 5) + "g\u0303" + ".txt";

        String shown = FileNames.displayName(name).orElseThrow();

        assertThat(shown).isEqualTo("a".repeat(FileNames.MAX_BYTES - 5) + ".txt");
    }

    @Test
    void anOverlongExtensionIsPartOfTheNameAndCutWithIt() {
        String name = "slides." + "x".repeat(400);

        String shown = FileNames.displayName(name).orElseThrow();

        assertThat(shown).hasSize(FileNames.MAX_BYTES).startsWith("slides.xxx");
    }
}
