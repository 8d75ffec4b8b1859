package org.gongxue.forum.service.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongxue.platform.upload.FileKind;
import org.junit.jupiter.api.Test;

class AttachmentServiceTest {

    @Test
    void theNameChoosesWhichAllowListTheBytesMustPass() {
        assertThat(AttachmentService.kindOf("汇报.PPTX")).isEqualTo(FileKind.SLIDES);
        assertThat(AttachmentService.kindOf("现场.jpeg")).isEqualTo(FileKind.IMAGE);
        assertThat(AttachmentService.kindOf("计划.pdf")).isEqualTo(FileKind.DOCUMENT);
        assertThat(AttachmentService.kindOf("没有扩展名")).isEqualTo(FileKind.DOCUMENT);
        assertThat(AttachmentService.kindOf(null)).isEqualTo(FileKind.DOCUMENT);
    }
}
