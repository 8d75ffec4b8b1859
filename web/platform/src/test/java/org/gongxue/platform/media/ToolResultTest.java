package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolResultTest {

    @Test
    void theLastLineLosesTheServersFileNames() {
        Path upload = Path.of("/tmp/gongxue-media/upload.bin");
        ToolResult result = new ToolResult(1, false, "", List.of("first",
                "file:/tmp/gongxue-media/upload.bin: Invalid data found when processing input"));

        assertThat(result.lastLineWithout(upload)).isEqualTo("Invalid data found when processing input");
        assertThat(new ToolResult(1, false, "", List.of("cannot open file:/tmp/gongxue-media/upload.bin now"))
                .lastLineWithout(upload)).isEqualTo("cannot open the file now");
    }

    @Test
    void aToolThatSaidNothingSaysSo() {
        assertThat(new ToolResult(1, false, "", List.of()).lastLineWithout()).isEqualTo("no message");
    }
}
